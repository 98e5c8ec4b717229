namespace EduGov.Platform.Modules;

/// <summary>
/// A module's part of the demo district, written right after the registry's schools, people and accounts exist.
/// Runs in the seeding scope as the system user; deterministic for a given seed.
/// </summary>
public interface IModuleDemoData
{
    /// <summary>Writes the module's demo records and returns one line saying what was written.</summary>
    Task<string> SeedAsync(int seed, CancellationToken ct);
}
