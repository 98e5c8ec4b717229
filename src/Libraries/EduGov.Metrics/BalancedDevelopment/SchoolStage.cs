namespace EduGov.Metrics.BalancedDevelopment;

/// <summary>
/// The stage a school (or one part of a nine- or twelve-year school, 一贯制学校, which is split into 小学部 and 初中部)
/// is evaluated in. Each stage has its own thresholds and its own district difference coefficients.
/// </summary>
public enum SchoolStage
{
    /// <summary>小学.</summary>
    Primary,

    /// <summary>初中.</summary>
    Junior,
}

/// <summary>The stage codes used in files (<c>primary</c>, <c>junior</c>) and the Chinese names.</summary>
public static class SchoolStages
{
    /// <summary>Both stages, primary first: the order of every report.</summary>
    public static IReadOnlyList<SchoolStage> All { get; } = [SchoolStage.Primary, SchoolStage.Junior];

    /// <summary><c>primary</c> or <c>junior</c>.</summary>
    public static string Code(this SchoolStage stage) => stage switch
    {
        SchoolStage.Primary => "primary",
        SchoolStage.Junior => "junior",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "未知学段"),
    };

    /// <summary>小学 or 初中.</summary>
    public static string ChineseName(this SchoolStage stage) => stage switch
    {
        SchoolStage.Primary => "小学",
        SchoolStage.Junior => "初中",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "未知学段"),
    };

    /// <summary>Reads <c>primary</c> or <c>junior</c> (ignoring case and surrounding spaces).</summary>
    public static bool TryParseCode(string? code, out SchoolStage stage)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(code?.Trim(), candidate.Code(), StringComparison.OrdinalIgnoreCase))
            {
                stage = candidate;
                return true;
            }
        }

        stage = default;
        return false;
    }
}
