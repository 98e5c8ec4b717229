using EduGov.Registry.Contracts;

namespace EduGov.Registry.Seeding;

/// <summary>How many schools of one type a demo district has, and which shares of them are 民办 / 普惠性民办.</summary>
internal sealed record SchoolQuota(SchoolType Type, int Count, double PrivateShare = 0, double SubsidizedPrivateShare = 0);

/// <summary>The shape of a generated demo district.</summary>
/// <param name="PupilsPerTeacher">Teachers per school are pupils ÷ this (at least one per class).</param>
/// <param name="SupportStaffPerTeacher">Non-teaching staff (行政、教辅、保育、后勤) per teacher.</param>
internal sealed record DemoPreset(
    string Name,
    string Description,
    IReadOnlyList<SchoolQuota> Schools,
    int PupilsTarget,
    double PupilsPerTeacher,
    double SupportStaffPerTeacher,
    int Zones,
    int Groups)
{
    /// <summary>About 40 schools and 20,000 pupils: quick to generate, for development and tests.</summary>
    public static DemoPreset Small { get; } = new(
        "small",
        "小型演示区：约 40 所学校、2 万名学生",
        [
            new(SchoolType.Kindergarten, 12, PrivateShare: 0.05, SubsidizedPrivateShare: 0.10),
            new(SchoolType.Primary, 14, PrivateShare: 0.07),
            new(SchoolType.Junior, 8, PrivateShare: 0.12),
            new(SchoolType.NineYear, 2, PrivateShare: 0.20),
            new(SchoolType.Senior, 3),
            new(SchoolType.Vocational, 1),
        ],
        PupilsTarget: 20_000,
        PupilsPerTeacher: 13,
        SupportStaffPerTeacher: 0.3,
        Zones: 4,
        Groups: 3);

    /// <summary>
    /// The shape of 浦东新区: about 660 schools, 400,000 pupils and 40,000 staff.
    /// Junior-level schools include 九年一贯制, senior-level ones include 完全中学.
    /// </summary>
    public static DemoPreset District { get; } = new(
        "district",
        "全区规模：约 660 所学校、40 万名学生、4 万名教职工（参照浦东新区）",
        [
            new(SchoolType.Kindergarten, 325, PrivateShare: 0.05, SubsidizedPrivateShare: 0.10),
            new(SchoolType.Primary, 154, PrivateShare: 0.07),
            new(SchoolType.Junior, 85, PrivateShare: 0.12),
            new(SchoolType.NineYear, 30, PrivateShare: 0.20),
            new(SchoolType.Senior, 40, PrivateShare: 0.05),
            new(SchoolType.CompleteSecondary, 12),
            new(SchoolType.Vocational, 7),
            new(SchoolType.Special, 4),
        ],
        PupilsTarget: 400_000,
        PupilsPerTeacher: 13,
        SupportStaffPerTeacher: 0.3,
        Zones: 12,
        Groups: 30);

    public static IReadOnlyList<DemoPreset> All { get; } = [Small, District];

    public int SchoolCount => Schools.Sum(q => q.Count);

    /// <exception cref="ArgumentException">No preset has that name.</exception>
    public static DemoPreset Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"未知的演示数据规模“{name}”，可选：{string.Join("、", All.Select(p => p.Name))}", nameof(name));
}
