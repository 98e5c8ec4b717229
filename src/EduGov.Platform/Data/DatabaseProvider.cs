namespace EduGov.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
