using EduGov.Platform.Errors;

namespace EduGov.Inspection.Visits;

/// <summary>
/// Checklist arithmetic. A template's line weights are positive and sum to 100; a visit's score is
/// Σ weight × points ÷ max points over every line, so 0–100, rounded to two decimals.
/// </summary>
internal static class VisitScoring
{
    public const decimal TotalWeight = 100m;

    public sealed record Line(Guid Id, decimal Weight, decimal MaxPoints);

    /// <summary>Checks a template's lines (in order, numbered from 1 in the messages).</summary>
    public static void ValidateLines(IReadOnlyList<(decimal Weight, decimal MaxPoints)> lines)
    {
        var errors = new List<string>();
        if (lines.Count == 0)
        {
            errors.Add("请至少添加一个检查项");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Weight <= 0)
            {
                errors.Add($"第 {i + 1} 项的权重必须大于 0");
            }

            if (lines[i].MaxPoints <= 0)
            {
                errors.Add($"第 {i + 1} 项的满分必须大于 0");
            }
        }

        var total = lines.Sum(l => l.Weight);
        if (lines.Count > 0 && total != TotalWeight)
        {
            errors.Add($"各项权重之和必须为 100，当前为 {total:0.##}");
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(new Dictionary<string, string[]> { ["Lines"] = [.. errors] });
        }
    }

    /// <summary>The weighted score of a fully scored checklist; every line needs points between 0 and its maximum.</summary>
    public static decimal Score(IReadOnlyList<Line> lines, IReadOnlyDictionary<Guid, decimal> points)
    {
        var total = 0m;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!points.TryGetValue(line.Id, out var given))
            {
                throw new InvalidInputException("Points", $"第 {i + 1} 项还没有评分");
            }

            if (given < 0 || given > line.MaxPoints)
            {
                throw new InvalidInputException("Points", $"第 {i + 1} 项的得分应在 0 到 {line.MaxPoints:0.##} 之间");
            }

            total += line.Weight * given / line.MaxPoints;
        }

        return Math.Round(total, 2, MidpointRounding.AwayFromZero);
    }
}
