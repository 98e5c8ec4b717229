using EduGov.Standards;
using EduGov.Training.Domain;

namespace EduGov.Training.Institutions;

/// <summary>The 双减 rules on what an institution may be, and the checks on venues and staff; pure, so they are unit-tested.</summary>
public static class InstitutionRules
{
    public const string VenueMismatch = "场所地址与许可证地址不一致";

    /// <summary>Academic training is its own category and is non-profit; non-academic training names one of the others.</summary>
    public static IReadOnlyList<string> KindProblems(TrainingKind kind, TrainingCategory category, bool forProfit)
    {
        var problems = new List<string>();
        if (kind == TrainingKind.Academic && category != TrainingCategory.AcademicSubject)
        {
            problems.Add("学科类培训机构的类别只能是“学科类”");
        }

        if (kind == TrainingKind.NonAcademic && category == TrainingCategory.AcademicSubject)
        {
            problems.Add("非学科类培训机构的类别应为体育、文化艺术、科技或其他");
        }

        if (kind == TrainingKind.Academic && forProfit)
        {
            problems.Add("学科类培训机构一律登记为非营利性机构（“双减”意见）");
        }

        return problems;
    }

    /// <summary>Addresses compared without spaces and with full-width digits and letters made ASCII.</summary>
    public static bool SameAddress(string a, string b) =>
        string.Equals(DigitNormalizer.Normalize(a), DigitNormalizer.Normalize(b), StringComparison.Ordinal);

    /// <summary>An active venue must be at the current permit's address; without a current permit nothing can be compared.</summary>
    public static bool VenueDiffersFromPermit(bool active, string venueAddress, string? permitAddress) =>
        active && permitAddress is not null && !SameAddress(venueAddress, permitAddress);

    /// <summary>Whoever teaches in an academic institution teaches academic subjects and needs a 教师资格证书.</summary>
    public static string? QualificationProblem(TrainingKind institutionKind, bool teaches, string qualificationNumber) =>
        institutionKind == TrainingKind.Academic && teaches && string.IsNullOrWhiteSpace(qualificationNumber)
            ? "从事学科类培训的人员必须具有相应的教师资格证书，请填写教师资格证书编号"
            : null;

    public const string ServingTeacher = "该人员是本区中小学在职教职工，按规定中小学在职教师不得到校外培训机构从业";
}
