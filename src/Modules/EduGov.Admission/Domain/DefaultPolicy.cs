namespace EduGov.Admission.Domain;

/// <summary>
/// The priority categories of shared/rules/admission.md §1.3 (Shanghai practice), used when an officer creates a round;
/// every one of them can be edited before the round opens.
/// </summary>
public static class DefaultPolicy
{
    public const string Source = "《上海市义务教育阶段学校招生入学工作实施意见》及各区实施细则（shared/rules/admission.md §1.2–1.3）";

    public static List<PriorityCategory> Categories(Guid roundId) =>
    [
        new() { RoundId = roundId, Order = 1, Name = "人户一致", HukouInCatchment = true, PropertyInCatchment = true, SameAddress = true, LinealHolder = true, AddressUnused = true },
        new() { RoundId = roundId, Order = 2, Name = "户籍在地段（人户分离）", HukouInCatchment = true },
        new() { RoundId = roundId, Order = 3, Name = "地段产权房且居住证积分达标", PropertyInCatchment = true, ResidencePermit = true, PointsAtStandard = true },
        new() { RoundId = roundId, Order = 4, Name = "居住证持有人（居住在地段）", ResidencePermit = true, LivingInCatchment = true },
        new() { RoundId = roundId, Order = 5, Name = "其他" },
    ];
}
