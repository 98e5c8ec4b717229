using System.Globalization;
using System.Text.Json;
using EduGov.Platform.Demo;
using EduGov.Platform.Files;
using EduGov.Supervision;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Institutions;
using EduGov.Training.Licensing;
using EduGov.Training.Rules;

namespace EduGov.Training.Demo;

/// <summary>
/// The institutions and licensing parts alive on first start: changes waiting for review, notices (answered, open, overdue),
/// licence applications in every state with opinions and history, and last year's annual review with its failures.
/// </summary>
internal static class InstitutionsDemo
{
    private const string Officer = "李科长";
    private static readonly Department[] Core = [Department.MarketRegulation, Department.FireSafety, Department.PublicSecurity, Department.Health];

    public static string Seed(TrainingDbContext db, DemoInstitutions world, SeededRandom random, DateOnly today, DateTime now)
    {
        var calendar = WorkingCalendar.WeekdaysOnly;
        var licensed = world.Institutions.Where(i => i.Status == InstitutionStatus.Licensed).ToList();
        var applying = world.Institutions.Where(i => i.Status == InstitutionStatus.Applying).ToList();
        var changes = SeedChanges(db, world, licensed, now);
        var notices = SeedNotices(db, licensed, today, now);
        var applications = SeedApplications(db, world, applying, licensed, calendar, today, now);
        var reviews = SeedReviews(db, licensed, random, today, now);
        return $"机构与准入：{changes} 条待审核变更，{notices} 份通知，{applications} 件许可申请，{reviews} 家机构 {today.Year - 1} 年度检查结论。";
    }

    private static int SeedChanges(TrainingDbContext db, DemoInstitutions world, List<TrainingInstitution> licensed, DateTime now)
    {
        var count = 0;
        var first = world.Institutions[0];
        var venue = world.Venues.First(v => v.InstitutionId == first.Id);
        Add(db, first, ChangeKind.Venue, venue.Id, new VenueValues("张杨路 500 号华润时代广场 3 楼", 620, true),
            $"场所地址：{venue.Address} → 张杨路 500 号华润时代广场 3 楼", now.AddHours(-30));
        Add(db, first, ChangeKind.Profile, null, InstitutionFacts.Of(first) with { ContactPhone = "021-58881234" },
            $"联系电话：{first.ContactPhone} → 021-58881234", now.AddHours(-5));
        count += 2;
        foreach (var institution in licensed.Skip(1).Take(3))
        {
            var course = world.Courses.FirstOrDefault(c => c.InstitutionId == institution.Id);
            if (course is null)
            {
                continue;
            }

            var raised = course.LessonPriceFen + 2000;
            Add(db, institution, ChangeKind.Course, course.Id, new CourseValues(course.Name, course.Category, course.Grades, raised, course.LessonMinutes, course.TotalLessons,
                course.StartsOn, course.EndsOn, course.RefundPolicy, course.Active), $"每课时价格（元）：{TrainingNames.Yuan(course.LessonPriceFen)} → {TrainingNames.Yuan(raised)}", now.AddDays(-count));
            count++;
        }

        return count;
    }

    private static void Add<T>(TrainingDbContext db, TrainingInstitution institution, ChangeKind kind, Guid? target, T values, string summary, DateTime at) =>
        db.ChangeRequests.Add(new ChangeRequest
        {
            InstitutionId = institution.Id, Kind = kind, TargetId = target, ProposedJson = JsonSerializer.Serialize(values), Summary = summary,
            SubmittedBy = institution.ContactPerson, SubmittedAt = at,
        });

    private static int SeedNotices(TrainingDbContext db, List<TrainingInstitution> licensed, DateOnly today, DateTime now)
    {
        var count = 0;
        foreach (var (institution, index) in licensed.Take(6).Select((i, n) => (i, n)))
        {
            var answered = new InstitutionNotice
            {
                InstitutionId = institution.Id, Title = "关于报送秋季学期课程收费公示材料的通知", Body = "请报送本学期全部课程的收费标准、退费办法及公示照片。",
                DueOn = today.AddDays(-20), SentBy = Officer, SentAt = now.AddDays(-35),
                Answer = "已按要求在前台和官网公示全部课程收费标准，公示照片已上传。", AnsweredBy = institution.ContactPerson, AnsweredAt = now.AddDays(-25),
            };
            db.Notices.Add(answered);
            db.Documents.Add(Photo(institution, answered, now.AddDays(-25)));
            db.Notices.Add(new InstitutionNotice
            {
                InstitutionId = institution.Id, Title = "关于开展消防安全自查的通知", Body = "请对照消防安全检查表开展自查，并上传自查报告（PDF）。",
                DueOn = index % 2 == 0 ? today.AddDays(-3) : today.AddDays(7), SentBy = Officer, SentAt = now.AddDays(-12),
            });
            count += 2;
        }

        return count;
    }

    /// <summary>A tiny valid PDF standing for the answer's attachment, so the download link works in the demo.</summary>
    private static InstitutionDocument Photo(TrainingInstitution institution, InstitutionNotice notice, DateTime at)
    {
        var content = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
        return new InstitutionDocument
        {
            InstitutionId = institution.Id, OwnerKind = DocumentOwner.NoticeAnswer, OwnerId = notice.Id, FileName = "收费公示材料.pdf", ContentType = "application/pdf",
            Length = content.Length, Sha256 = FileCheck.Sha256Of(content), Content = content,
            UploadedBy = institution.ContactPerson, UploadedAt = at,
        };
    }

    private static int SeedApplications(
        TrainingDbContext db, DemoInstitutions world, List<TrainingInstitution> applying, List<TrainingInstitution> licensed, WorkingCalendar calendar, DateOnly today, DateTime now)
    {
        var decisionDays = (int)RuleCatalog.Get(RuleCatalog.LicenceDecisionDays).Default;
        var opinionDays = (int)RuleCatalog.Get(RuleCatalog.OpinionDays).Default;
        var sequence = 0;
        LicenceApplication File(TrainingInstitution institution, LicenceKind kind, int daysAgo)
        {
            var submitted = today.AddDays(-daysAgo);
            var permit = world.Permits.FirstOrDefault(p => p.InstitutionId == institution.Id);
            var application = new LicenceApplication
            {
                Number = $"XK{submitted.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}{++sequence:D3}", InstitutionId = institution.Id, Kind = kind,
                ProposedName = institution.Name, ProposedScope = permit?.Scope ?? TrainingNames.Of(institution.Category) + "培训", ProposedAddress = institution.Address,
                SubmittedOn = submitted, DecisionDueOn = calendar.AddWorkingDays(submitted, decisionDays), SubmittedBy = institution.ContactPerson,
                SubmittedAt = now.AddDays(-daysAgo),
            };
            db.LicenceApplications.Add(application);
            Step(db, application, LicenceStepKind.Submitted, $"{LicensingNames.Of(kind)}申请，依法应于 {application.DecisionDueOn:yyyy-MM-dd} 前作出决定", institution.ContactPerson, application.SubmittedAt);
            return application;
        }

        void Review(LicenceApplication application, TrainingInstitution institution, int askedDaysAgo, int answered)
        {
            application.Status = LicenceStatus.Reviewing;
            var at = now.AddDays(-askedDaysAgo);
            Step(db, application, LicenceStepKind.ReviewStarted, "教育局受理并开始审查", Officer, at);
            var asked = today.AddDays(-askedDaysAgo);
            var departments = LicensingRules.DepartmentsFor(institution.Category);
            Step(db, application, LicenceStepKind.OpinionRequested, $"征求{string.Join("、", departments.Select(LicensingNames.Of))}意见", Officer, at);
            foreach (var (department, index) in departments.Select((d, i) => (d, i)))
            {
                var opinion = new LicenceOpinion { ApplicationId = application.Id, Department = department, RequestedOn = asked, DueOn = calendar.AddWorkingDays(asked, opinionDays) };
                if (index < answered)
                {
                    opinion.Result = OpinionResult.Agree;
                    opinion.Text = "经现场核查，符合要求。";
                    opinion.EnteredBy = Officer;
                    opinion.EnteredAt = at.AddDays(3);
                    Step(db, application, LicenceStepKind.OpinionRecorded, $"{LicensingNames.Of(department)}：同意。{opinion.Text}", Officer, at.AddDays(3));
                }

                db.LicenceOpinions.Add(opinion);
            }
        }

        void Decide(LicenceApplication application, LicenceStatus status, string reason, int daysAgo)
        {
            application.Status = status;
            application.DecidedOn = today.AddDays(-daysAgo);
            application.DecidedBy = status == LicenceStatus.Withdrawn ? "" : Officer;
            application.DecisionReason = reason;
            var kind = status switch { LicenceStatus.Approved => LicenceStepKind.Approved, LicenceStatus.Refused => LicenceStepKind.Refused, _ => LicenceStepKind.Withdrawn };
            Step(db, application, kind, status == LicenceStatus.Refused ? $"不予许可。理由：{reason}" : reason, status == LicenceStatus.Withdrawn ? "申请人" : Officer, now.AddDays(-daysAgo));
        }

        LicenceStatus[] cycle = [LicenceStatus.Submitted, LicenceStatus.Reviewing, LicenceStatus.Refused, LicenceStatus.Withdrawn];
        foreach (var (institution, index) in applying.Select((i, n) => (i, n)))
        {
            var state = cycle[index % cycle.Length];
            var application = File(institution, LicenceKind.New, state == LicenceStatus.Submitted ? 3 : 40);
            if (state is LicenceStatus.Reviewing or LicenceStatus.Refused)
            {
                Review(application, institution, 30, state == LicenceStatus.Refused ? 99 : 2);
            }

            if (state == LicenceStatus.Refused)
            {
                Decide(application, LicenceStatus.Refused, "消防部门意见：疏散通道宽度不符合要求，整改后可重新申请。", 5);
                institution.Status = InstitutionStatus.Refused;
            }
            else if (state == LicenceStatus.Withdrawn)
            {
                Decide(application, LicenceStatus.Withdrawn, "申请人撤回申请", 20);
            }
        }

        foreach (var (institution, index) in licensed.Take(4).Select((i, n) => (i, n)))
        {
            var permit = world.Permits.First(p => p.InstitutionId == institution.Id);
            var history = File(institution, LicenceKind.New, permit.IssuedOn.DayNumber < today.DayNumber - 60 ? today.DayNumber - permit.IssuedOn.DayNumber + 25 : 60);
            Review(history, institution, today.DayNumber - history.SubmittedOn.DayNumber - 5, 99);
            Decide(history, LicenceStatus.Approved, $"准予许可，核发办学许可证 {permit.Number}", today.DayNumber - permit.IssuedOn.DayNumber);
            history.PermitId = permit.Id;
            permit.ApplicationId = history.Id;
            var renewal = File(institution, index == 3 ? LicenceKind.Closure : LicenceKind.Renewal, index == 0 ? 35 : 6);
            if (index == 3)
            {
                renewal.RemainingPupils = 18;
                renewal.UnconsumedFen = 4_325_000;
                renewal.RefundPlan = "按未上课时全额退费，于决定后 15 日内原路退回家长。";
                renewal.PlacementPlan = "有意愿的学员转入同类别机构继续学习，课时按原价承接。";
            }
            else if (index <= 1)
            {
                Review(renewal, institution, index == 0 ? 30 : 4, 1);
            }
        }

        return sequence;
    }

    private static void Step(TrainingDbContext db, LicenceApplication application, LicenceStepKind kind, string text, string actor, DateTime at) =>
        LicenceFiling.AddStep(db, application, kind, text, actor, at);

    private static int SeedReviews(TrainingDbContext db, List<TrainingInstitution> licensed, SeededRandom random, DateOnly today, DateTime now)
    {
        var year = today.Year - 1;
        var reviewedAt = now.AddDays(-today.DayOfYear - 10);
        foreach (var (institution, index) in licensed.Select((i, n) => (i, n)))
        {
            var result = index % 9 == 4 ? ReviewResult.Fail : random.Chance(0.15) ? ReviewResult.BasicPass : ReviewResult.Pass;
            var review = new AnnualReview
            {
                InstitutionId = institution.Id, Year = year, Result = result, ReviewedBy = Officer, ReviewedAt = reviewedAt,
                Notes = result switch
                {
                    ReviewResult.Fail => "收费未全部进入监管账户；部分从业人员无教师资格证书。",
                    ReviewResult.BasicPass => "收费公示不完整，已当场要求补正。",
                    _ => "",
                },
            };
            if (result == ReviewResult.Fail)
            {
                var notice = new InstitutionNotice
                {
                    InstitutionId = institution.Id, Title = $"{year} 年度检查不合格整改通知", Body = $"经年度检查，你机构 {year} 年度检查结论为不合格。存在问题：{review.Notes}请限期整改并书面答复。",
                    DueOn = today.AddDays(-today.DayOfYear + 20), SentBy = Officer, SentAt = reviewedAt,
                };
                db.Notices.Add(notice);
                review.NoticeId = notice.Id;
            }

            db.AnnualReviews.Add(review);
        }

        return licensed.Count;
    }
}
