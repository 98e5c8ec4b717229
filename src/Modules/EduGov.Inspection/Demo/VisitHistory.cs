using EduGov.Inspection.Domain;
using EduGov.Platform.Demo;
using EduGov.Platform.Localization;

namespace EduGov.Inspection.Demo;

/// <summary>
/// Twelve months of monthly visits to every school (a few missed), their findings, and each finding carried along the
/// loop as far as its age suggests — so every state, overdue and escalated items included, is on the lists.
/// </summary>
internal sealed class VisitHistory
{
    private const int Months = 12;
    private static readonly double[] StepDays = [0, 2, 4, 7, 9, 11];
    private static readonly InspectionSettings Defaults = new();

    private readonly SeededRandom _random;
    private readonly DateOnly _today;
    private readonly DateTime _now;
    private readonly Dictionary<int, int> _nextNumber = [];

    private VisitHistory(SeededRandom random, DateOnly today, DateTime now)
    {
        _random = random;
        _today = today;
        _now = now;
    }

    public List<object> Records { get; } = [];
    public int Visits { get; private set; }
    public int Issues { get; private set; }

    public static VisitHistory Build(InspectorRoster roster, IReadOnlySet<Guid> showcaseSchools, SeededRandom random, DateOnly today, DateTime now)
    {
        var history = new VisitHistory(random, today, now);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        Visit? emergencyHost = null;
        for (var month = thisMonth.AddMonths(-Months); month <= thisMonth; month = month.AddMonths(1))
        {
            foreach (var (schoolId, inspectorId) in roster.InspectorOfSchool.OrderBy(p => p.Key))
            {
                var visit = history.PlanMonth(schoolId, inspectorId, month);
                emergencyHost ??= month == thisMonth.AddMonths(-1) ? visit : null;
            }
        }

        foreach (var schoolId in showcaseSchools.Where(roster.InspectorOfSchool.ContainsKey))
        {
            history.AddShowcase(schoolId, roster.InspectorOfSchool[schoolId]);
        }

        if (emergencyHost is not null)
        {
            history.AddEmergency(emergencyHost.SchoolId, emergencyHost.InspectorId);
        }

        return history;
    }

    private Visit? PlanMonth(Guid schoolId, Guid inspectorId, DateOnly month)
    {
        var plan = new PlannedVisit { InspectorId = inspectorId, SchoolId = schoolId, Month = month };
        Records.Add(plan);
        var lastDay = month.Year == _today.Year && month.Month == _today.Month ? _today.Day - 1 : Math.Min(28, DateTime.DaysInMonth(month.Year, month.Month));
        if (lastDay < 1 || !_random.Chance(lastDay < 28 ? lastDay / 30.0 : 0.94))
        {
            return null;
        }

        var visit = NewVisit(schoolId, inspectorId, month.AddDays(_random.NextInt(lastDay)), plan.Id);
        plan.Status = PlannedVisitStatus.Done;
        plan.VisitId = visit.Id;
        var findings = _random.Chance(0.3) ? (_random.Chance(0.25) ? 2 : 1) : 0;
        for (var i = 0; i < findings; i++)
        {
            var finding = _random.Pick(FindingCatalogue.All);
            NoteFinding(visit, finding);
            AddIssue(visit, finding, StatusByAge(_today.DayNumber - visit.VisitedOn.DayNumber));
        }

        visit.Summary = findings == 0 ? "本次督导按八项督导事项逐项检查，未发现问题。" : $"本次督导按八项督导事项逐项检查，发现问题 {findings} 个，已下达整改。";
        return visit;
    }

    /// <summary>The demo school accounts' schools get one recent item in every state, and one overdue.</summary>
    private void AddShowcase(Guid schoolId, Guid inspectorId)
    {
        var visit = NewVisit(schoolId, inspectorId, _today.AddDays(-20), null);
        visit.Summary = "学期中专项检查，发现问题已逐项下达整改。";
        IssueStatus[] states = [IssueStatus.Open, IssueStatus.Rectifying, IssueStatus.AwaitingRecheck, IssueStatus.AwaitingCloseOut, IssueStatus.ClosedOut, IssueStatus.Rectifying];
        foreach (var (status, index) in states.Select((s, i) => (s, i)))
        {
            var finding = FindingCatalogue.All[(index * 3) % FindingCatalogue.All.Count];
            NoteFinding(visit, finding);
            AddIssue(visit, finding with { Severity = index == states.Length - 1 ? IssueSeverity.Critical : IssueSeverity.Serious }, status);
        }
    }

    private void AddEmergency(Guid schoolId, Guid inspectorId)
    {
        var visit = NewVisit(schoolId, inspectorId, _today.AddDays(-3), null);
        visit.IsEmergency = true;
        visit.Methods = VisitMethods.CampusPatrol;
        visit.Summary = "接家长反映后第一时间赶赴现场：体育器材室外墙瓷砖脱落，已拉设警戒线。";
        var finding = new FindingCatalogue.Finding(SupervisionItem.CampusSafety, "体育器材室外墙瓷砖大面积空鼓脱落，存在坠落伤人隐患", "《中小学幼儿园安全管理办法》第十六条", IssueSeverity.Critical);
        NoteFinding(visit, finding);
        AddIssue(visit, finding, IssueStatus.Open, IssueSource.Emergency);
    }

    private Visit NewVisit(Guid schoolId, Guid inspectorId, DateOnly on, Guid? planId)
    {
        var submittedAt = LocalInstant(on, 16);
        var visit = new Visit
        {
            SchoolId = schoolId, InspectorId = inspectorId, PlannedVisitId = planId, VisitedOn = on, Status = VisitStatus.Submitted,
            Methods = VisitMethods.CampusPatrol | VisitMethods.DocumentReview | (_random.Chance(0.6) ? VisitMethods.ClassObservation : 0) | (_random.Chance(0.4) ? VisitMethods.Interviews : 0),
            CreatedAt = LocalInstant(on, 9), SubmittedAt = submittedAt,
        };
        visit.Entries.AddRange(InspectionNames.Items.Select(item => new VisitEntry { VisitId = visit.Id, Item = item, Checked = true, Note = _random.Pick(FindingCatalogue.CleanNotes) }));
        Records.Add(visit);
        Visits++;
        return visit;
    }

    private static void NoteFinding(Visit visit, FindingCatalogue.Finding finding) =>
        visit.Entries.First(e => e.Item == finding.Item).Note = finding.Description;

    private IssueStatus StatusByAge(int age) => age switch
    {
        <= 3 => IssueStatus.Open,
        <= 14 => Pick((IssueStatus.Open, 0.3), (IssueStatus.Rectifying, 0.5), (IssueStatus.AwaitingRecheck, 0.2)),
        <= 45 => Pick((IssueStatus.Rectifying, 0.25), (IssueStatus.AwaitingRecheck, 0.2), (IssueStatus.AwaitingCloseOut, 0.15), (IssueStatus.ClosedOut, 0.4)),
        _ => Pick((IssueStatus.Rectifying, 0.07), (IssueStatus.ClosedOut, 0.93)),
    };

    private IssueStatus Pick(params (IssueStatus Status, double Weight)[] choices) => _random.Pick(new Weighted<IssueStatus>(choices));

    private void AddIssue(Visit visit, FindingCatalogue.Finding finding, IssueStatus target, IssueSource source = IssueSource.Visit)
    {
        var opened = visit.VisitedOn;
        var issue = new Issue
        {
            Number = NextNumber(opened.Year), SchoolId = visit.SchoolId, VisitId = visit.Id, InspectorId = visit.InspectorId, Source = source, Item = finding.Item,
            Description = finding.Description, Severity = finding.Severity, Rule = finding.Rule, OpenedOn = opened,
            Deadline = opened.AddDays(Defaults.DeadlineDays(finding.Severity)), OpenedByName = "责任督学", CreatedAt = LocalInstant(opened, 16),
        };
        WalkTo(issue, target);
        Records.Add(issue);
        Issues++;
    }

    /// <summary>Adds the loop's events up to <paramref name="target"/>, spread over the days since opening.</summary>
    private void WalkTo(Issue issue, IssueStatus target)
    {
        var scale = Math.Min(1.0, (_today.DayNumber - issue.OpenedOn.DayNumber) / 12.0);
        DateTime At(int step) => issue.CreatedAt.AddDays(StepDays[step] * scale).AddMinutes(step);
        Add(issue, IssueEventKind.Opened, IssueStatus.Open, $"{InspectionNames.Of(issue.Severity)}：{issue.Description}", "责任督学", At(0));
        (IssueAction Action, IssueEventKind Kind, string Text, string Actor)[] path =
        [
            (IssueAction.SubmitPlan, IssueEventKind.PlanSubmitted, "制定整改措施，明确责任人和完成时限。", "学校"),
            (IssueAction.ReportProgress, IssueEventKind.ProgressReported, "整改按计划推进，已完成主要措施。", "学校"),
            (IssueAction.ReportFixed, IssueEventKind.ReportedFixed, "已整改到位，附整改前后照片。", "学校"),
            (IssueAction.RecheckPass, IssueEventKind.RecheckPassed, "现场复查，整改到位。", "责任督学"),
            (IssueAction.CloseOut, IssueEventKind.ClosedOut, "同意销号。", "督导室"),
        ];
        foreach (var (step, index) in path.Select((p, i) => (p, i + 1)))
        {
            if (issue.Status == target)
            {
                break;
            }

            issue.Status = IssueWorkflow.Next(issue.Status, step.Action);
            Add(issue, step.Kind, issue.Status, step.Text, step.Actor, At(index));
            if (step.Action == IssueAction.SubmitPlan)
            {
                issue.PlanMeasures = step.Text;
                issue.PlanOwner = "分管副校长";
                issue.PlanDueOn = issue.Deadline;
            }
        }

        issue.ClosedOn = issue.Status == IssueStatus.ClosedOut ? DateOnly.FromDateTime(ChinaTime.ToLocal(At(5))) : null;
        Escalate(issue);
    }

    private void Escalate(Issue issue)
    {
        if (!IssueWorkflow.IsOverdue(issue.Status, issue.Deadline, _today) && issue.Source != IssueSource.Emergency)
        {
            return;
        }

        var at = issue.Source == IssueSource.Emergency ? issue.CreatedAt : LocalInstant(issue.Deadline.AddDays(1), 2);
        issue.EscalatedAt = at;
        issue.LastRemindedAt = at;
        Add(issue, IssueEventKind.Escalated, issue.Status, issue.Source == IssueSource.Emergency ? "突发事件，直接报送教育局。" : "已超过整改期限，上报教育局督办。", "逾期督办（系统）", at);
    }

    private static void Add(Issue issue, IssueEventKind kind, IssueStatus after, string text, string actor, DateTime at) =>
        issue.Events.Add(new IssueEvent { IssueId = issue.Id, Kind = kind, StatusAfter = after, Text = text, ActorName = actor, At = at });

    private string NextNumber(int year)
    {
        var next = _nextNumber.GetValueOrDefault(year) + 1;
        _nextNumber[year] = next;
        return $"{year}-{next:0000}";
    }

    private DateTime LocalInstant(DateOnly day, int hour)
    {
        var instant = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, 0)), ChinaTime.Zone);
        return instant > _now ? _now : instant;
    }
}
