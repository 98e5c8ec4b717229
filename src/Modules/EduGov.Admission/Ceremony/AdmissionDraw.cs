using System.Runtime.InteropServices;
using System.Text;
using EduGov.Admission.Domain;
using EduGov.Lottery;
using EduGov.Matching;

namespace EduGov.Admission.Ceremony;

/// <summary>Where a child ends after the draw: the school (index, −1 for none), how, the choice that placed them, and why, in Chinese.</summary>
internal sealed record DrawOutcome(int Student, int School, OfferRoute? Route, int Choice, string Reason)
{
    public bool Placed => School >= 0;
}

internal enum PoolOutcome
{
    Admitted = 1,
    AdmittedElsewhere = 2,
    NotAdmitted = 3,
}

/// <summary>One applicant of a pool, by rank: the key at the pool's school is (priority, lottery number).</summary>
internal sealed record PoolEntry(int Rank, int Student, string Token, LotteryNumber Number, int Priority, PoolOutcome Outcome, int PlacedSchool, int PlacedChoice);

/// <summary>A pool after the main round: every applicant with their number and outcome, and the cut-off (the last admitted).</summary>
internal sealed record PoolResult(PoolMembers Members, IReadOnlyList<PoolEntry> Entries, string ManifestSha256)
{
    public string Key => Members.Key;

    public int Admitted { get; } = Entries.Count(e => e.Outcome == PoolOutcome.Admitted);

    public PoolEntry? CutOff { get; } = Entries.LastOrDefault(e => e.Outcome == PoolOutcome.Admitted);

    /// <summary>True when several priorities share the pool (seniority), so the order is not by number alone.</summary>
    public bool BySeniority { get; } = Entries.Select(e => e.Priority).Distinct().Skip(1).Any();
}

/// <summary>
/// The draw: the main round exactly as <c>edugov admission match</c> runs it on the published files (same students, schools,
/// priorities, numbers and mechanism), then the overflow round (统筹安排) for everyone left unplaced, over the public
/// schools' free seats, nearest first: the catchment school itself, then the same 学区, then the rest. Pure and deterministic.
/// </summary>
internal sealed class AdmissionDraw
{
    private const double SameSchool = 0;
    private const double SameZone = 1;
    private const double OtherZone = 2;
    private readonly LotteryNumber[] _shared;
    private readonly Dictionary<(int School, int Student), int> _poolRank = [];
    private readonly Dictionary<string, PoolResult> _poolByKey;

    private AdmissionDraw(DrawSetup setup, string seed)
    {
        Setup = setup;
        Seed = seed;
        _shared = SharedNumbers(setup, seed);
        var tieBreak = setup.Policy.TieBreak == TieBreakKind.PerSchool
            ? TieBreak.PerSchool((school, student) => LotteryNumber.For(seed, setup.Schools[school].Code, setup.Students[student].Token))
            : TieBreak.Shared(_shared);
        Instance = Build(setup, tieBreak);
        MainRound = Matcher.Run(Instance, setup.Policy.MatchingMechanism);
        Overflow = OverflowPlacement.Run(OverflowBase(), MainRound, OverflowOptions(tieBreak));
        Pools = [.. setup.Pools().Select(ToResult)];
        _poolByKey = Pools.ToDictionary(p => p.Key, StringComparer.Ordinal);
        Outcomes = [.. Enumerable.Range(0, setup.StudentCount).Select(OutcomeOf)];
    }

    public DrawSetup Setup { get; }

    public string Seed { get; }

    public MatchingInstance Instance { get; }

    public Assignment MainRound { get; }

    public OverflowResult Overflow { get; }

    public IReadOnlyList<PoolResult> Pools { get; }

    public IReadOnlyList<DrawOutcome> Outcomes { get; }

    public static AdmissionDraw Run(DrawSetup setup, string seed)
    {
        LotteryNumber.For(seed, "seed-check");
        return new AdmissionDraw(setup, seed);
    }

    /// <summary>The student's number at a school: their one number, or with per-school tie-breaking the school's own.</summary>
    public LotteryNumber NumberAt(int school, int student) =>
        Setup.Policy.TieBreak == TieBreakKind.PerSchool ? LotteryNumber.For(Seed, Setup.Schools[school].Code, Setup.Students[student].Token) : _shared[student];

    /// <summary>The number stored on the application and shown to the family: at their first choice with per-school numbers.</summary>
    public LotteryNumber FamilyNumber(int student) =>
        Setup.Policy.TieBreak == TieBreakKind.PerSchool && Setup.SchoolsOf(student) is { Length: > 0 } schools ? NumberAt(schools[0], student) : _shared[student];

    /// <summary>assignments.csv of the main round, byte for byte what <c>edugov admission match</c> writes: every student with at least one choice.</summary>
    public string AssignmentsCsv()
    {
        var text = new StringBuilder("student_id,school_id\n");
        for (var i = 0; i < Setup.StudentCount; i++)
        {
            if (Setup.SchoolsOf(i).IsEmpty)
            {
                continue;
            }

            text.Append(DrawSetup.Csv(Setup.Students[i].Token)).Append(',');
            if (MainRound.SchoolOf(i) is var school and >= 0)
            {
                text.Append(DrawSetup.Csv(Setup.Schools[school].Code));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The pool's draw file (lottery.md) when the main round admitted exactly the k smallest numbers of the pool; otherwise null.</summary>
    public string? PoolDrawCsv(PoolResult pool)
    {
        if (pool.BySeniority || pool.Entries.Any(e => e.Outcome == PoolOutcome.AdmittedElsewhere))
        {
            return null;
        }

        var code = Setup.Schools[pool.Members.School].Code;
        var tokens = pool.Entries.Select(e => e.Token);
        var draw = Setup.Policy.TieBreak == TieBreakKind.PerSchool ? LotteryDraw.Run(Seed, code, tokens, pool.Admitted) : LotteryDraw.Run(Seed, tokens, pool.Admitted);
        var admitted = pool.Entries.Where(e => e.Outcome == PoolOutcome.Admitted).Select(e => e.Token).ToHashSet(StringComparer.Ordinal);
        return draw.Rows.All(r => r.Selected == admitted.Contains(r.Token)) ? LotteryCsv.WriteDraw(draw) : null;
    }

    private static LotteryNumber[] SharedNumbers(DrawSetup setup, string seed)
    {
        var numbers = new LotteryNumber[setup.StudentCount];
        Parallel.For(0, numbers.Length, i => numbers[i] = LotteryNumber.For(seed, setup.Students[i].Token));
        return numbers;
    }

    private static MatchingInstance Build(DrawSetup setup, TieBreak tieBreak)
    {
        var builder = new MatchingInstanceBuilder(setup.Schools.Select(s => s.Seats));
        var choices = new List<Choice>();
        for (var i = 0; i < setup.StudentCount; i++)
        {
            choices.Clear();
            var schools = setup.SchoolsOf(i);
            var priorities = setup.PrioritiesOf(i);
            for (var k = 0; k < schools.Length; k++)
            {
                choices.Add(new Choice(schools[k], priorities[k]));
            }

            builder.AddStudent(CollectionsMarshal.AsSpan(choices));
        }

        return builder.Build(tieBreak);
    }

    /// <summary>The main round's instance with private schools closed to overflow: their capacity is what the main round filled.</summary>
    private MatchingInstance OverflowBase()
    {
        var placed = MainRound.CountBySchool(Instance.SchoolCount);
        var capacities = Enumerable.Range(0, Instance.SchoolCount).Select(s => Setup.Schools[s].IsPublic ? Instance.Capacity(s) : placed[s]).ToArray();
        var keys = new AdmissionKey[Instance.ApplicationCount];
        for (var i = 0; i < Instance.StudentCount; i++)
        {
            Instance.KeysOf(i).CopyTo(keys.AsSpan(Setup.Starts[i]));
        }

        return MatchingInstance.Create(capacities, Setup.Starts, Setup.ChoiceSchools, keys);
    }

    private OverflowOptions OverflowOptions(TieBreak tieBreak)
    {
        var last = Setup.Students.Max(s => s.CategoryOrder) ?? 0;
        return new OverflowOptions
        {
            Distance = Distance,
            TieBreak = tieBreak,
            Priority = (student, _) => Setup.Students[student].CategoryOrder ?? last + 1,
            Mechanism = Setup.Policy.MatchingMechanism,
        };
    }

    /// <summary>Nearness without street distances: the catchment school, then its 学区, then the rest of the district.</summary>
    private double Distance(int student, int school)
    {
        var catchment = Setup.Catchment[student];
        if (catchment < 0 || catchment == school)
        {
            return SameSchool;
        }

        var zone = Setup.Schools[catchment].ZoneId;
        return zone is not null && zone == Setup.Schools[school].ZoneId ? SameZone : OtherZone;
    }

    private PoolResult ToResult(PoolMembers members)
    {
        var school = members.School;
        var entries = members.Students
            .Select(student => (Student: student, Key: Instance.KeysOf(student)[Instance.ChoiceIndex(student, school)]))
            .OrderBy(x => x.Key)
            .Select((x, index) => Entry(index + 1, x.Student, x.Key.Priority, school))
            .ToList();
        foreach (var entry in entries)
        {
            _poolRank[(school, entry.Student)] = entry.Rank;
        }

        var manifest = LotteryManifest.Create(entries.Select(e => e.Token));
        return new PoolResult(members, entries, manifest.Sha256);
    }

    private PoolEntry Entry(int rank, int student, int priority, int school)
    {
        var placed = MainRound.SchoolOf(student);
        var outcome = placed == school ? PoolOutcome.Admitted : placed >= 0 ? PoolOutcome.AdmittedElsewhere : PoolOutcome.NotAdmitted;
        return new PoolEntry(rank, student, Setup.Students[student].Token, NumberAt(school, student), priority, outcome, placed, placed >= 0 ? MainRound.ChoiceOf(student) : -1);
    }

    private DrawOutcome OutcomeOf(int student)
    {
        var main = MainRound.SchoolOf(student);
        if (main >= 0)
        {
            return new DrawOutcome(student, main, OfferRoute.MainRound, MainRound.ChoiceOf(student), MainReason(student, main));
        }

        var overflow = Overflow.Combined.SchoolOf(student);
        return overflow >= 0
            ? new DrawOutcome(student, overflow, OfferRoute.Overflow, -1, $"统筹安排至{Setup.Schools[overflow].Name}（{WhyNotMain(student)}）")
            : new DrawOutcome(student, -1, null, -1, $"暂未安排学位：{WhyNotMain(student)}，统筹安排时全区公办学校已无空余学位；如有学位空出，将按顺序递补。");
    }

    private string MainReason(int student, int school)
    {
        var applicant = Setup.Students[student];
        var pool = _poolByKey[Setup.PoolKeyOf(student, school)];
        var rank = _poolRank[(school, student)];
        var choice = MainRound.ChoiceOf(student) + 1;
        var counts = $"（共{pool.Entries.Count}人，录取{pool.Admitted}人）";
        if (applicant.Kind == ApplicationKind.Private)
        {
            return $"第{choice}志愿录取（{Setup.Schools[school].Name}，电脑随机录取）；随机号在本校申请人中排第{rank}名{counts}";
        }

        var category = applicant.CategoryOrder is { } order ? $"优先类别{order}“{applicant.CategoryName}”" : "无优先类别";
        var ordering = Setup.Policy.OrderBySeniority ? "按户籍迁入时间和随机号" : "随机号";
        return $"第{choice}志愿录取（{Setup.Schools[school].Name}）；{category}；{ordering}在本校该类别中排第{rank}名{counts}";
    }

    private string WhyNotMain(int student)
    {
        var applicant = Setup.Students[student];
        if (applicant.Kind == ApplicationKind.Private)
        {
            return "民办学校志愿均未录取";
        }

        var catchment = Setup.Catchment[student];
        return catchment >= 0 ? $"对口学校{Setup.Schools[catchment].Name}学位已满" : "住址不在任何公办学校的对口地段";
    }
}
