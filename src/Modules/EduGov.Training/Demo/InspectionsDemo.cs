using System.Globalization;
using EduGov.Lottery;
using EduGov.Platform.Demo;
using EduGov.Platform.Security;
using EduGov.Standards;
using EduGov.Supervision;
using EduGov.Supervision.RandomInspection;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Inspections;
using EduGov.Training.Rules;
using Microsoft.AspNetCore.Identity;

namespace EduGov.Training.Demo;

/// <summary>
/// The random-inspection part of the demo district: a pool of twelve enforcement officers (two with a conflict), last
/// quarter's plan drawn, inspected and published (some problems, one rectification still open), and this quarter's plan drawn
/// with its first tasks inspected. The draws are real: the published files re-run to the same result. Findings are recorded
/// on the inspections only (the credit part's deductions are wired separately).
/// </summary>
internal static class InspectionsDemo
{
    /// <summary>The demo sign-in accounts linked to officers, so that "我的检查任务" has tasks on first start.</summary>
    public static readonly string[] LinkedAccounts = ["officer", "inspector"];

    private static readonly (string Code, string Name, string Fact)[] Problems =
    [
        ("TJ-02", "未在显著位置公示收费项目和标准", "前台未张贴收费项目和标准，只有工作人员口头告知"),
        ("TJ-02", "未公示退费办法", "公示栏和合同附件中都没有退费办法"),
        ("TJ-07", "教师资格信息未公示", "3 名任课教师的资格信息未在场所内公示"),
        ("TJ-04", "培训场所与许可地址不一致", "实际上课地点在许可地址隔壁楼的 2 层"),
    ];

    public static string Seed(TrainingDbContext db, DemoInstitutions world, SeededRandom random, DateOnly today, DateTime now)
    {
        var officers = Officers(world, random, now);
        db.EnforcementOfficers.AddRange(officers);
        var operating = world.Institutions.Where(i => i.IsOperating).ToList();
        var conflicts = new[] { (officers[2], operating[1 % operating.Count]), (officers[5], operating[3 % operating.Count]) }
            .Select(c => new OfficerConflict { OfficerId = c.Item1.Id, InstitutionId = c.Item2.Id, Reason = "近亲属在该机构任职", RecordedBy = "演示数据", RecordedAt = now }).ToList();
        db.OfficerConflicts.AddRange(conflicts);
        var quarterStart = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        var last = Plan(db, world, officers, conflicts, quarterStart.AddMonths(-3), now);
        var lastTasks = Inspect(db, last.Plan, last.Tasks, last.Tasks.Count, random, now, lastQuarter: true);
        Publish(last.Plan, last.Tasks);
        var current = Plan(db, world, officers, conflicts, Later(quarterStart, today), now);
        var currentInspected = Inspect(db, current.Plan, current.Tasks, current.Tasks.Count / 3, random, now, lastQuarter: false);
        LinkTeamMembers(db, officers, current.Tasks);
        return $"双随机抽查：执法人员 {officers.Count} 名（回避 {conflicts.Count} 条），上季度计划抽查 {last.Tasks.Count} 家并已公示（发现问题 {lastTasks}），"
            + $"本季度计划抽取 {current.Tasks.Count} 家、已检查 {current.Tasks.Count(t => t.Status != InspectionTaskStatus.Pending)} 家（发现问题 {currentInspected}）。";
    }

    /// <summary>Links the demo accounts <see cref="LinkedAccounts"/> to the officers named for them (call before saving, after the accounts exist).</summary>
    public static void LinkAccounts(TrainingDbContext db, IEnumerable<UserAccount> accounts)
    {
        var byName = accounts.Where(a => a.UserName is not null && a.Role is Role.Officer or Role.Inspector).ToDictionary(a => a.UserName!, StringComparer.Ordinal);
        foreach (var officer in db.EnforcementOfficers.Local.Where(o => o.UserName.Length > 0))
        {
            officer.UserId = byName.TryGetValue(officer.UserName, out var account) ? account.Id : null;
        }
    }

    private static List<EnforcementOfficer> Officers(DemoInstitutions world, SeededRandom random, DateTime now)
    {
        var zones = world.Institutions.Select(i => i.ZoneName).Where(z => z.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        return [.. Enumerable.Range(1, 12).Select(i => new EnforcementOfficer
        {
            Name = ChineseNames.FullName(random, random.Chance(0.5) ? Sex.Male : Sex.Female, 1970 + random.NextInt(25)),
            Department = i <= 6 ? "校外培训监管科" : i <= 9 ? "教育督导室" : "区市场监管局（联合检查）",
            CertificateNumber = string.Create(CultureInfo.InvariantCulture, $"3101152026{i:000}"),
            Areas = zones.Count == 0 ? "" : string.Join(';', new[] { zones[i % zones.Count], zones[(i + 1) % zones.Count] }.Distinct().Order(StringComparer.Ordinal)),
            Qualifications = i <= 9 ? "行政执法证；校外培训监管培训合格" : "市场监管行政执法证",
            CreatedAt = now,
            UpdatedAt = now,
        })];
    }

    private static (InspectionPlan Plan, List<InspectionTask> Tasks) Plan(
        TrainingDbContext db, DemoInstitutions world, List<EnforcementOfficer> officers, List<OfficerConflict> conflicts, DateOnly drawnOn, DateTime now)
    {
        var institutions = world.Institutions.Where(i => i.IsOperating).ToList();
        var drawnAt = drawnOn.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        var conflictTokens = conflicts.ToLookup(c => c.OfficerId, c => institutions.First(i => i.Id == c.InstitutionId).CreditCode);
        var targets = institutions.Select(i => new DrawTarget(i.CreditCode, i.CreditGrade.ToString(), i.ZoneName, false)).ToList();
        var inspectors = officers.Select(o => new DrawInspector(o.CertificateNumber, o.Name, o.AreaList, [.. conflictTokens[o.Id]])).ToList();
        var plan = new InspectionPlan
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"{drawnOn.Year}年第{(drawnOn.Month - 1) / 3 + 1}季度校外培训机构双随机抽查"),
            Year = drawnOn.Year, Batch = (drawnOn.Month - 1) / 3 + 1,
            CheckItems = SavePlan.DefaultCheckItems,
            RatioA = Default(RuleCatalog.SampleRatioA), RatioB = Default(RuleCatalog.SampleRatioB), RatioC = Default(RuleCatalog.SampleRatioC),
            RatioD = Default(RuleCatalog.SampleRatioD), RatioE = Default(RuleCatalog.SampleRatioE),
            MinPerGrade = 3, TeamSize = (int)Default(RuleCatalog.InspectionTeamSize), Status = InspectionPlanStatus.Drawn,
            TargetsCsv = InspectionCsv.WriteTargets(targets), InspectorsCsv = InspectionCsv.WriteInspectors(inspectors),
            PublicDraw = string.Create(CultureInfo.InvariantCulture, $"{drawnOn:yyyy}{drawnOn.DayOfYear:000} 03 08 15 21 27 32+06"), Dice = "40719583|62830147",
            DrawnOn = drawnOn, DrawnAt = drawnAt, FrozenAt = drawnAt.AddDays(-1), CreatedBy = "演示数据", CreatedAt = drawnAt.AddDays(-3), UpdatedAt = now,
            PublishDue = WorkingCalendar.WeekdaysOnly.AddWorkingDays(drawnOn, (int)Default(RuleCatalog.InspectionPublishDays)),
        };
        plan.ManifestSha256 = InspectionCsv.ManifestSha256(plan.TargetsCsv, plan.InspectorsCsv);
        plan.Seed = LotterySeed.Derive(plan.ManifestSha256, plan.PublicDraw, plan.DiceValues);
        var draw = InspectionDraw.Run(plan.Seed, targets, inspectors, new DrawSettings(PlanDrawInputs.Ratios(plan), plan.MinPerGrade, false, plan.TeamSize, false));
        plan.DrawCsv = InspectionCsv.WriteDraw(draw);
        db.InspectionPlans.Add(plan);
        db.InspectionPlanSteps.AddRange(
            new InspectionPlanStep { PlanId = plan.Id, Status = InspectionPlanStatus.Frozen, Text = $"冻结名单：清单摘要 {plan.ManifestSha256}", ActorName = "演示数据", At = plan.FrozenAt!.Value },
            new InspectionPlanStep { PlanId = plan.Id, Status = InspectionPlanStatus.Drawn, Text = $"抽取：种子 {plan.Seed}", ActorName = "演示数据", At = drawnAt });
        return (plan, AddDraw(db, plan, draw, institutions.ToDictionary(i => i.CreditCode, StringComparer.Ordinal), officers.ToDictionary(o => o.CertificateNumber, StringComparer.Ordinal)));
    }

    private static List<InspectionTask> AddDraw(
        TrainingDbContext db, InspectionPlan plan, InspectionDrawResult draw, Dictionary<string, TrainingInstitution> institutions, Dictionary<string, EnforcementOfficer> officers)
    {
        foreach (var row in draw.Rows)
        {
            var institution = institutions[row.Token];
            db.InspectionTargets.Add(new InspectionTarget
            {
                PlanId = plan.Id, InstitutionId = institution.Id, Token = row.Token, InstitutionName = institution.Name, Grade = institution.CreditGrade,
                Area = institution.ZoneName, LotteryNumber = row.Number.ToString(), Rank = row.Rank, Selected = row.Outcome == TargetOutcome.Selected,
                Excluded = row.Outcome == TargetOutcome.Excluded,
            });
        }

        var tasks = new List<InspectionTask>();
        foreach (var row in draw.Selected)
        {
            var institution = institutions[row.Token];
            var task = new InspectionTask
            {
                PlanId = plan.Id, InstitutionId = institution.Id, InstitutionName = institution.Name, Token = row.Token, Grade = institution.CreditGrade,
                LotteryNumber = row.Number.ToString(), Order = tasks.Count + 1,
            };
            tasks.Add(task);
            db.InspectionTasks.Add(task);
            db.InspectionTeamMembers.AddRange(row.Team.Select((token, i) => new InspectionTeamMember
            {
                TaskId = task.Id, OfficerId = officers[token].Id, OfficerName = officers[token].Name, CertificateNumber = token, Position = i + 1,
            }));
        }

        return tasks;
    }

    /// <summary>
    /// Inspects the first <paramref name="count"/> tasks, about one in three with a problem; last quarter's rectifications are done
    /// except the first (now overdue), this quarter's are open. Returns how many tasks had problems.
    /// </summary>
    private static int Inspect(TrainingDbContext db, InspectionPlan plan, List<InspectionTask> tasks, int count, SeededRandom random, DateTime now, bool lastQuarter)
    {
        var withProblems = 0;
        foreach (var task in tasks.Take(count))
        {
            var inspectedOn = plan.DrawnOn!.Value.AddDays(1 + task.Order % 5);
            var problem = task.Order % 3 == 1 ? Problems[random.NextInt(Problems.Length)] : default;
            task.Status = InspectionTaskStatus.Inspected;
            task.InspectedOn = inspectedOn;
            task.HasFindings = problem.Name is not null;
            task.Notes = task.HasFindings ? "现场检查发现问题，已当场告知机构负责人。" : "现场检查未发现问题。";
            task.SubmittedBy = "演示数据";
            task.SubmittedAt = MorningOf(inspectedOn);
            var items = plan.CheckItemList;
            for (var i = 0; i < items.Count; i++)
            {
                var failed = task.HasFindings && i == 1;
                db.InspectionChecks.Add(new InspectionCheck { TaskId = task.Id, Position = i + 1, Item = items[i], Outcome = failed ? CheckOutcome.NonCompliant : CheckOutcome.Compliant, Note = failed ? problem.Fact! : "" });
            }

            if (task.HasFindings)
            {
                withProblems++;
                AddFinding(db, task, problem, inspectedOn, now, completed: lastQuarter && task.Order != 1);
            }
        }

        return withProblems;
    }

    private static void AddFinding(TrainingDbContext db, InspectionTask task, (string Code, string Name, string Fact) problem, DateOnly inspectedOn, DateTime now, bool completed)
    {
        var finding = db.InspectionFindings.Add(new InspectionFinding
        {
            TaskId = task.Id, InstitutionId = task.InstitutionId, ItemCode = problem.Code, ItemName = problem.Name, PointsPerInstance = 20, Instances = 1,
            Description = problem.Fact,
        }).Entity;
        var deadline = WorkingCalendar.WeekdaysOnly.AddWorkingDays(inspectedOn, (int)Default(RuleCatalog.InspectionRectifyDays));
        var rectification = db.Rectifications.Add(new Rectification
        {
            TaskId = task.Id, FindingId = finding.Id, InstitutionId = task.InstitutionId, InstitutionName = task.InstitutionName, Problem = $"{problem.Name}：{finding.Description}",
            OpenedOn = inspectedOn, Deadline = deadline, Status = completed ? RectificationStatus.Completed : RectificationStatus.Open,
            Measures = completed ? "已在前台和网站公示，并留存照片。" : "", CompletedOn = completed ? deadline.AddDays(-3) : null, UpdatedAt = now,
        }).Entity;
        db.RectificationSteps.Add(new RectificationStep { RectificationId = rectification.Id, Action = RectificationAction.Opened, Text = $"责令于 {deadline:yyyy-MM-dd} 前整改完毕", ActorName = "演示数据", At = MorningOf(inspectedOn) });
        if (completed)
        {
            db.RectificationSteps.Add(new RectificationStep { RectificationId = rectification.Id, Action = RectificationAction.Completed, Text = "核查确认整改完成。", ActorName = "演示数据", At = MorningOf(deadline.AddDays(-3)) });
        }
    }

    /// <summary>10:00 China time on the day, so the demo's records carry the dates they describe, not the day of seeding.</summary>
    private static DateTime MorningOf(DateOnly day) => day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);

    private static void Publish(InspectionPlan plan, List<InspectionTask> tasks)
    {
        foreach (var task in tasks)
        {
            task.Status = InspectionTaskStatus.Published;
        }

        plan.Status = InspectionPlanStatus.Published;
        plan.PublishedAt = plan.PublishDue!.Value.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
    }

    /// <summary>The accounts of <see cref="LinkedAccounts"/> go to members of this quarter's first open teams.</summary>
    private static void LinkTeamMembers(TrainingDbContext db, List<EnforcementOfficer> officers, List<InspectionTask> tasks)
    {
        var members = db.InspectionTeamMembers.Local.Where(m => tasks.Any(t => t.Id == m.TaskId && t.Status == InspectionTaskStatus.Pending))
            .Select(m => m.OfficerId).Distinct().Take(LinkedAccounts.Length).ToList();
        for (var i = 0; i < members.Count; i++)
        {
            officers.First(o => o.Id == members[i]).UserName = LinkedAccounts[i];
        }
    }

    private static DateOnly Later(DateOnly quarterStart, DateOnly today) => today.AddDays(-7) > quarterStart ? today.AddDays(-7) : quarterStart;

    private static decimal Default(string key) => RuleCatalog.Get(key).Default;
}
