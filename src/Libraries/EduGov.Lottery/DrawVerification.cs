using System.Globalization;

namespace EduGov.Lottery;

/// <summary>One row of a published draw file, exactly as written there.</summary>
public sealed record PublishedDrawRow(string Rank, string Token, string Number, string Selected);

/// <summary>What a re-run found: identical, or how many differences and the first of them (Chinese, one line each).</summary>
public sealed class DrawVerificationReport
{
    internal DrawVerificationReport(int differenceCount, IReadOnlyList<string> differences)
    {
        DifferenceCount = differenceCount;
        Differences = differences;
    }

    /// <summary>True when every published row is exactly what the re-run gives and nothing is missing or extra.</summary>
    public bool IsIdentical => DifferenceCount == 0;

    /// <summary>All differences found.</summary>
    public int DifferenceCount { get; }

    /// <summary>The first differences, up to the limit given to <see cref="DrawVerification.Compare"/>.</summary>
    public IReadOnlyList<string> Differences { get; }
}

/// <summary>Compares a published draw with a re-run of it, applicant by applicant (matched by token, so the published row order does not matter).</summary>
public static class DrawVerification
{
    /// <summary>How many differences a report lists unless told otherwise.</summary>
    public const int DefaultReportLimit = 20;

    /// <summary>
    /// Reports, in this order: tokens published twice, then for each re-run row by rank a missing token or a row whose
    /// rank, number or selected text differs, then published tokens that are not in the applicants list.
    /// </summary>
    public static DrawVerificationReport Compare(DrawResult rerun, IEnumerable<PublishedDrawRow> published, int reportLimit = DefaultReportLimit)
    {
        ArgumentNullException.ThrowIfNull(rerun);
        ArgumentOutOfRangeException.ThrowIfNegative(reportLimit);
        var differences = Differences(rerun, [.. published]).ToList();
        return new DrawVerificationReport(differences.Count, differences.Take(reportLimit).ToList().AsReadOnly());
    }

    private static IEnumerable<string> Differences(DrawResult rerun, List<PublishedDrawRow> published)
    {
        var byToken = new Dictionary<string, PublishedDrawRow>(StringComparer.Ordinal);
        foreach (var row in published.Where(row => !byToken.TryAdd(row.Token, row)))
        {
            yield return $"token {row.Token}：在公布结果中重复出现";
        }

        foreach (var row in rerun.Rows)
        {
            var expected = Describe(row);
            if (!byToken.TryGetValue(row.Token, out var got))
            {
                yield return $"token {row.Token}：公布结果中缺失；重算 {expected}";
            }
            else if (Describe(got) != expected)
            {
                yield return $"token {row.Token}：公布 {Describe(got)}；重算 {expected}";
            }
        }

        var drawn = rerun.Manifest.Tokens.ToHashSet(StringComparer.Ordinal);
        foreach (var token in byToken.Keys.Where(token => !drawn.Contains(token)))
        {
            yield return $"token {token}：不在申请人清单中";
        }
    }

    private static string Describe(DrawRow row) =>
        string.Create(CultureInfo.InvariantCulture, $"{row.Rank},{row.Number},{(row.Selected ? "true" : "false")}");

    private static string Describe(PublishedDrawRow row) => $"{row.Rank},{row.Number},{row.Selected}";
}
