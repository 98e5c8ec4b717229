using Npgsql;

namespace EduGov.Bench;

/// <summary>A throwaway PostgreSQL database on the given server for one benchmark run.</summary>
internal static class BenchDatabase
{
    public static async Task<string> CreateAsync(string server, string database, CancellationToken ct)
    {
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync(ct);
        await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
        await create.ExecuteNonQueryAsync(ct);
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }

    public static async Task DropAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync(CancellationToken.None);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
