using EduGov.Platform.Security;

namespace EduGov.Registry.Contracts;

/// <summary>What other modules and the host may ask the registry.</summary>
public interface IRegistryDirectory
{
    Task<ScopeSummary> SummarizeAsync(CurrentUser user, CancellationToken ct = default);

    Task<IReadOnlyList<SchoolRef>> SchoolsAsync(CurrentUser user, CancellationToken ct = default);

    /// <summary>Every school of the district, whatever the caller's scope: names and codes are public facts.</summary>
    Task<IReadOnlyList<SchoolRef>> AllSchoolsAsync(CancellationToken ct = default);

    /// <summary>Every school district (学区) of the bureau.</summary>
    Task<IReadOnlyList<ZoneRef>> ZonesAsync(CancellationToken ct = default);

    /// <summary>The bureau running the platform (name and switchboard, public facts), or null before it is registered.</summary>
    Task<BureauRef?> BureauAsync(CancellationToken ct = default);
}

public sealed record BureauRef(string Name, string Phone, string Address);

public sealed record ZoneRef(Guid Id, string Name);

public sealed record SchoolRef(Guid Id, string Code, string Name, SchoolType Type, Ownership Ownership, Guid? ZoneId, Guid? GroupId);

public sealed record StageCount(Stage Stage, Ownership Ownership, int Schools, int Students, int Staff);

public sealed record ScopeSummary(int Schools, int Students, int Staff, int Classes, int PendingRecordChanges, IReadOnlyList<StageCount> ByStage);
