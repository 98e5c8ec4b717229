using EduGov.Lottery;

namespace EduGov.Supervision.RandomInspection;

/// <summary>The outcome of one target in the draw.</summary>
public enum TargetOutcome
{
    Selected = 1,
    NotSelected = 2,

    /// <summary>Left out before the draw because it was inspected recently (and the plan excludes such targets).</summary>
    Excluded = 3,
}

/// <summary>One target's row: its lottery number, its rank among the eligible targets of its grade, and its team if selected.</summary>
public sealed record TargetDraw(string Token, string Grade, int? Rank, LotteryNumber Number, TargetOutcome Outcome, IReadOnlyList<string> Team);

/// <summary>One grade: how many targets, how many eligible, the ratio and how many were selected.</summary>
public sealed record GradeDraw(string Grade, int Targets, int Eligible, decimal Ratio, int Selected);

/// <summary>The whole draw: rows by grade (code-point order) then rank (excluded targets last, by token), and the grades.</summary>
public sealed record InspectionDrawResult(string Seed, IReadOnlyList<TargetDraw> Rows, IReadOnlyList<GradeDraw> Grades)
{
    /// <summary>The selected targets in lottery order (smallest number first), as the teams were drawn.</summary>
    public IEnumerable<TargetDraw> Selected => Rows.Where(r => r.Outcome == TargetOutcome.Selected).OrderBy(r => r.Number);
}

/// <summary>
/// 双随机 draw, reproducible by anyone from the seed and the two frozen lists (docs: the algorithm in steps).
/// <list type="number">
/// <item>Targets: within each grade, the eligible targets (recently inspected ones left out if the settings say so) are
/// ordered by <c>LotteryNumber.For(seed, token)</c> = SHA-256(seed + "|" + token), smallest first; the first
/// <c>ceil(ratio × eligible / 100)</c> are selected — rounding up, so that any ratio above 0 % inspects at least one target
/// of a non-empty grade — raised to the minimum per grade (never above the eligible count) when the ratio is above 0 %.</item>
/// <item>Teams: for each selected target in lottery order, every officer without a conflict with it gets the number
/// <c>LotteryNumber.For(seed, target + "/" + officer)</c>; the <c>k</c> smallest form the team. With area preference, officers
/// covering the target's area come first (by number) and the others fill the remaining places (by number).</item>
/// </list>
/// Ties of equal numbers (which SHA-256 makes practically impossible) are broken by token in code-point order.
/// </summary>
public static class InspectionDraw
{
    /// <summary>Runs the draw.</summary>
    /// <exception cref="RandomInspectionException">An input is unusable, a grade has no ratio, or a target has fewer than k eligible officers.</exception>
    /// <exception cref="LotteryInputException">The seed is not 64 lower-case hex digits.</exception>
    public static InspectionDrawResult Run(string seed, IReadOnlyList<DrawTarget> targets, IReadOnlyList<DrawInspector> inspectors, DrawSettings settings)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(inspectors);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Check();
        DrawTokens.CheckTargets(targets);
        DrawTokens.CheckInspectors(inspectors);
        LotteryNumber.For(seed, "seed-check");
        var rows = new List<TargetDraw>();
        var grades = new List<GradeDraw>();
        foreach (var grade in targets.GroupBy(t => t.Grade, StringComparer.Ordinal).OrderBy(g => g.Key, CodePointOrder.Instance))
        {
            var ratio = settings.Ratios.TryGetValue(grade.Key, out var r)
                ? r
                : throw new RandomInspectionException($"没有给出等级 {grade.Key} 的抽查比例（检查对象中有 {grade.Count()} 家该等级的机构）。");
            grades.Add(DrawGrade(seed, [.. grade], ratio, settings, rows));
        }

        var teams = DrawTeams(seed, rows.Where(t => t.Outcome == TargetOutcome.Selected).OrderBy(t => t.Number).ThenBy(t => t.Token, CodePointOrder.Instance),
            targets.ToDictionary(t => t.Token, StringComparer.Ordinal), inspectors, settings);
        return new InspectionDrawResult(seed, [.. rows.Select(row => teams.TryGetValue(row.Token, out var team) ? row with { Team = team } : row)], grades);
    }

    /// <summary><c>ceil(ratio × eligible / 100)</c> in exact decimal arithmetic, raised to the minimum when the ratio is above 0.</summary>
    public static int SampleSize(int eligible, decimal ratio, int minPerGrade)
    {
        if (eligible == 0 || ratio == 0)
        {
            return 0;
        }

        var byRatio = (int)Math.Ceiling(ratio * eligible / 100m);
        return Math.Min(eligible, Math.Max(byRatio, minPerGrade));
    }

    private static GradeDraw DrawGrade(string seed, List<DrawTarget> grade, decimal ratio, DrawSettings settings, List<TargetDraw> rows)
    {
        var eligible = grade.Where(t => !(settings.ExcludeRecent && t.RecentlyInspected))
            .Select(t => (Target: t, Number: LotteryNumber.For(seed, t.Token)))
            .OrderBy(t => t.Number).ThenBy(t => t.Target.Token, CodePointOrder.Instance).ToList();
        var take = SampleSize(eligible.Count, ratio, settings.MinPerGrade);
        for (var i = 0; i < eligible.Count; i++)
        {
            rows.Add(new TargetDraw(eligible[i].Target.Token, eligible[i].Target.Grade, i + 1, eligible[i].Number,
                i < take ? TargetOutcome.Selected : TargetOutcome.NotSelected, []));
        }

        foreach (var excluded in grade.Where(t => settings.ExcludeRecent && t.RecentlyInspected).OrderBy(t => t.Token, CodePointOrder.Instance))
        {
            rows.Add(new TargetDraw(excluded.Token, excluded.Grade, null, LotteryNumber.For(seed, excluded.Token), TargetOutcome.Excluded, []));
        }

        return new GradeDraw(grade[0].Grade, grade.Count, eligible.Count, ratio, take);
    }

    private static Dictionary<string, IReadOnlyList<string>> DrawTeams(
        string seed, IEnumerable<TargetDraw> selected, Dictionary<string, DrawTarget> targets, IReadOnlyList<DrawInspector> inspectors, DrawSettings settings)
    {
        var teams = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var row in selected)
        {
            teams.Add(row.Token, DrawTeam(seed, targets[row.Token], inspectors, settings));
        }

        return teams;
    }

    /// <summary>The team of one target: the k smallest pair numbers among officers without a conflict (area first if preferred).</summary>
    public static IReadOnlyList<string> DrawTeam(string seed, DrawTarget target, IReadOnlyList<DrawInspector> inspectors, DrawSettings settings)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(inspectors);
        ArgumentNullException.ThrowIfNull(settings);
        var candidates = inspectors.Where(i => !i.Conflicts.Contains(target.Token, StringComparer.Ordinal)).ToList();
        if (candidates.Count < settings.TeamSize)
        {
            var avoided = inspectors.Count - candidates.Count;
            throw new RandomInspectionException(
                $"检查对象“{target.Token}”可抽取的执法人员只有 {candidates.Count} 名（另有 {avoided} 名须回避），不足每组 {settings.TeamSize} 名：请扩充执法检查人员名录库。");
        }

        var inArea = settings.PreferArea && target.Area.Length > 0;
        return [.. candidates
            .Select(i => (Inspector: i, Number: LotteryNumber.For(seed, target.Token + "/" + i.Token)))
            .OrderBy(c => inArea && c.Inspector.Areas.Contains(target.Area, StringComparer.Ordinal) ? 0 : 1)
            .ThenBy(c => c.Number)
            .ThenBy(c => c.Inspector.Token, CodePointOrder.Instance)
            .Take(settings.TeamSize)
            .Select(c => c.Inspector.Token)];
    }
}
