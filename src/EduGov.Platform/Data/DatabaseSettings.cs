using Microsoft.Extensions.Configuration;

namespace EduGov.Platform.Data;

/// <summary>Reads <c>Database:Provider</c> and <c>ConnectionStrings:EduGov</c>, the same way for the web host, the CLI and tests.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteConnection = "Data Source=data/edugov.db";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException($"Database:Provider 只能是 Sqlite 或 Postgres，当前为 “{providerText}”。");
        }

        var connection = configuration.GetConnectionString("EduGov");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("使用 PostgreSQL 时必须配置 ConnectionStrings:EduGov（环境变量 ConnectionStrings__EduGov）。");
            }

            connection = DefaultSqliteConnection;
        }

        return new DatabaseSettings(provider, connection);
    }

    public string MigrationsAssembly => Provider == DatabaseProvider.Sqlite ? "EduGov.Migrations.Sqlite" : "EduGov.Migrations.Postgres";
}
