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

    /// <summary>
    /// Pupils and teachers of every primary and junior stage of every active compulsory-education school of the district
    /// (小学, 初级中学, 九年一贯制, 完全中学 and 十二年一贯制; 特殊教育, 中职, 幼儿园 and 高中 stages excluded), whatever the
    /// caller's scope: the inputs of the balanced-development indicators, counted in the database.
    /// A stage without pupils is listed with 0.
    /// </summary>
    Task<IReadOnlyList<SchoolStageStaffing>> CompulsoryStaffingAsync(CancellationToken ct = default);

    /// <summary>Enrolled (在读) pupils per school and grade today, whatever the caller's scope, counted in the database.</summary>
    Task<IReadOnlyList<GradeCount>> GradeCountsAsync(CancellationToken ct = default);

    /// <summary>The bureau running the platform (name and switchboard, public facts), or null before it is registered.</summary>
    Task<BureauRef?> BureauAsync(CancellationToken ct = default);

    /// <summary>
    /// Whether a person is a serving school teacher or staff member (在岗 or 休假) of the district, found by the keyed look-up of
    /// their normalised ID number (<c>FieldProtector.LookupKey</c>), so no ID number crosses the module boundary in clear.
    /// </summary>
    Task<bool> IsServingStaffAsync(string idNumberLookup, CancellationToken ct = default);
}

public sealed record BureauRef(string Name, string Phone, string Address);

public sealed record ZoneRef(Guid Id, string Name);

public sealed record GradeCount(Guid SchoolId, int Grade, int Pupils);

public sealed record SchoolRef(Guid Id, string Code, string Name, SchoolType Type, Ownership Ownership, Guid? ZoneId, Guid? GroupId, string Address);

/// <summary>
/// One stage of one school: enrolled pupils (在读), and among its active full-time teachers (在岗, with a 教师资格) those
/// above the required qualification (小学 专科及以上, 初中 本科及以上), the key teachers recognised at district level or above,
/// and the PE, music, fine-art and art teachers. A teacher belongs to the stage their 教师资格 names (小学教师资格 → 小学,
/// 初级中学教师资格 → 初中); in a school with one stage every teacher with a 教师资格 counts for it, in a school with several
/// stages a teacher whose 教师资格 names neither compulsory stage (e.g. 高级中学) is not counted.
/// </summary>
public sealed record SchoolStageStaffing(Guid SchoolId, Stage Stage, int Pupils, int QualifiedTeachers, int KeyTeachers, int PeArtTeachers);

public sealed record StageCount(Stage Stage, Ownership Ownership, int Schools, int Students, int Staff);

public sealed record ScopeSummary(int Schools, int Students, int Staff, int Classes, int PendingRecordChanges, IReadOnlyList<StageCount> ByStage);
