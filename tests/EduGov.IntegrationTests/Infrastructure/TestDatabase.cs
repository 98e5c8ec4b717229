using EduGov.Platform.Data;
using Npgsql;
using Xunit;

namespace EduGov.IntegrationTests.Infrastructure;

/// <summary>A fresh, empty database per test: a temporary SQLite file, or a new database on the test PostgreSQL server.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqlitePath, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        SqlitePath = sqlitePath;
        _postgresName = postgresName;
    }

    private readonly string? _postgresName;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public string? SqlitePath { get; }

    public static TheoryData<string> Providers => new("Sqlite", "Postgres");

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == "Sqlite")
        {
            var folder = Path.Combine(Path.GetTempPath(), "edugov-tests");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False", path, null);
        }

        var server = PostgresServer();
        var name = $"edugov_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, null, name);
    }

    /// <summary>The test command starts PostgreSQL and sets EDUGOV_TEST_POSTGRES; without it the test is skipped, except under CI where it fails.</summary>
    public static string PostgresServer()
    {
        var server = Environment.GetEnvironmentVariable("EDUGOV_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }

        const string reason = "未设置 EDUGOV_TEST_POSTGRES：没有可用的 PostgreSQL 测试服务器（请用 ./test.sh 运行）";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
        return "";
    }

    public Dictionary<string, string?> Settings() => new()
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:EduGov"] = ConnectionString,
    };

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (SqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { SqlitePath, SqlitePath + "-wal", SqlitePath + "-shm" })
            {
                File.Delete(file);
            }
        }

        if (_postgresName is not null)
        {
            await using var connection = new NpgsqlConnection(PostgresServer());
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
