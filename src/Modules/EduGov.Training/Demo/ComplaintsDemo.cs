using EduGov.Platform.Demo;
using EduGov.Platform.Privacy;
using EduGov.Standards;
using EduGov.Supervision;
using EduGov.Training.Complaints;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Rules;

namespace EduGov.Training.Demo;

/// <summary>
/// Complaints in every state (some overdue, one about the demo institution waiting for its account), referrals to other
/// authorities, a published warning and a stop-enrolling order that suspends one troubled institution.
/// </summary>
internal static class ComplaintsDemo
{
    private static readonly (ComplaintCategory Category, string Text)[] Stories =
    [
        (ComplaintCategory.FeesRefunds, "孩子上了4次课后申请退费，机构以“课程包已开课”为由拒绝退还剩余课时费用。"),
        (ComplaintCategory.FeesRefunds, "机构要求一次性缴纳一年学费，称不缴就不保留名额。"),
        (ComplaintCategory.TeachingQuality, "开课后频繁更换老师，课程内容与宣传不符。"),
        (ComplaintCategory.Safety, "培训教室在地下室，消防通道被杂物堵塞。"),
        (ComplaintCategory.FalseAdvertising, "宣传“保证提分30分”，并称与学校老师合作。"),
        (ComplaintCategory.Unlicensed, "小区内一套住宅内有人组织初中数学小班课，每晚十余名学生。"),
        (ComplaintCategory.Other, "机构在学校门口发放传单，拦截学生。"),
    ];

    /// <summary>The officer the demo complaints are assigned to (the demo <c>officer</c> account).</summary>
    public sealed record Officer(Guid Id, string Name);

    public static string Seed(
        TrainingDbContext db, DemoInstitutions world, SeededRandom random, DateOnly today, DateTime now, FieldProtector protector, Officer officer)
    {
        var licensed = world.Institutions.Where(i => i.Status == InstitutionStatus.Licensed).ToList();
        var answerDays = (int)RuleCatalog.Get(RuleCatalog.ComplaintAnswerDays).Default;
        var seeder = new Seeder(db, random, today, now, protector, officer, WorkingCalendar.WeekdaysOnly, answerDays);
        var count = Math.Max(10, licensed.Count / 3);
        for (var index = 0; index < count; index++)
        {
            var institution = index == 0 ? world.Institutions[0] : random.Pick(licensed);
            var state = index == 0 ? ComplaintStatus.Handling : (ComplaintStatus)(index % 5 + 1);
            seeder.Complaint(institution, state, overdue: index % 4 == 1);
        }

        seeder.Unlisted("无名托管班（某小区12号楼）");
        seeder.InstitutionReferral(licensed[licensed.Count / 3], ReferralAuthority.PublicSecurity, "培训场所存在消防安全隐患，提请消防部门检查。");
        var troubled = licensed[licensed.Count / 2];
        seeder.Penalty(licensed[licensed.Count / 4], PenaltyType.WarningOrCriticism, 0, "《校外培训行政处罚暂行办法》第十八条", "未公示收费项目和资金监管账户，经责令改正后逾期未改正。");
        seeder.Penalty(troubled, PenaltyType.StopEnrolling, 0, "《校外培训行政处罚暂行办法》第十八条", "超出许可范围开展学科类培训，且大量收取超过三个月的预收费，拒不整改。");
        troubled.Status = InstitutionStatus.Suspended;
        troubled.UpdatedAt = now;
        return $"投诉举报：{seeder.Complaints} 件投诉（各状态，含逾期），{seeder.Referrals} 条线索移交，{seeder.Penalties} 项行政处罚（{troubled.Name}被责令停止招收学员）。";
    }

    private sealed class Seeder(
        TrainingDbContext db, SeededRandom random, DateOnly today, DateTime now, FieldProtector protector, Officer officer, WorkingCalendar calendar, int answerDays)
    {
        private int _sequence;

        public int Complaints => _sequence;

        public int Referrals { get; private set; }

        public int Penalties { get; private set; }

        public void Complaint(TrainingInstitution institution, ComplaintStatus state, bool overdue)
        {
            var age = overdue || state is ComplaintStatus.Answered or ComplaintStatus.Closed or ComplaintStatus.Transferred ? random.NextInt(20, 60) : random.NextInt(0, 6);
            var complaint = New(institution.Id, institution.Name, random.Pick(Stories), age);
            Advance(complaint, state);
        }

        public void Unlisted(string name)
        {
            var complaint = New(null, name, Stories[5], 3);
            complaint.Channel = ComplaintChannel.Hotline;
            complaint.EnteredBy = officer.Name;
            Assign(complaint, complaint.ReceivedAt.AddHours(2));
            Refer(complaint, ReferralAuthority.MarketRegulation, "无证开展学科类培训，涉及市场主体登记，移交市场监管部门联合查处。", ReferralStatus.Sent);
        }

        public void InstitutionReferral(TrainingInstitution institution, ReferralAuthority authority, string reason)
        {
            var referral = new Referral
            {
                InstitutionId = institution.Id, SubjectName = institution.Name, Authority = authority, AuthorityName = "区消防救援支队",
                Reason = reason, SentOn = today.AddDays(-12), Status = ReferralStatus.Accepted, AcceptedOn = today.AddDays(-9),
                CreatedBy = officer.Name, CreatedAt = now.AddDays(-12), UpdatedAt = now.AddDays(-9),
            };
            db.Referrals.Add(referral);
            db.ReferralSteps.Add(new ReferralStep { ReferralId = referral.Id, StatusAfter = ReferralStatus.Sent, On = referral.SentOn, Text = reason, ActorName = officer.Name, At = referral.CreatedAt });
            db.ReferralSteps.Add(new ReferralStep { ReferralId = referral.Id, StatusAfter = ReferralStatus.Accepted, On = referral.AcceptedOn.Value, Text = "已受理，安排现场检查。", ActorName = officer.Name, At = referral.UpdatedAt });
            Referrals++;
        }

        public void Penalty(TrainingInstitution institution, PenaltyType type, long amountFen, string basis, string facts)
        {
            Penalties++;
            db.Penalties.Add(new Penalty
            {
                InstitutionId = institution.Id, InstitutionName = institution.Name, Type = type, AmountFen = amountFen, LegalBasis = basis,
                DecisionNumber = $"浦教罚〔{today.Year}〕{Penalties}号", DecidedOn = today.AddDays(-random.NextInt(5, 40)), Facts = facts, Published = true,
                RecordedBy = officer.Name, CreatedAt = now,
            });
        }

        private Complaint New(Guid? institutionId, string institutionName, (ComplaintCategory Category, string Text) story, int age)
        {
            _sequence++;
            var phone = protector.Protect($"139{random.NextInt(1000_0000, 9999_9999)}", Masking.Phone);
            var receivedOn = today.AddDays(-age);
            var complaint = new Complaint
            {
                Number = SubmitComplaint.NumberOf(today.Year, _sequence), Year = today.Year, Sequence = _sequence,
                Channel = random.Chance(0.6) ? ComplaintChannel.Website : ComplaintChannel.Hotline,
                InstitutionId = institutionId, InstitutionName = institutionName, Category = story.Category, Text = story.Text,
                ComplainantName = ChineseNames.FullName(random, random.Chance(0.5) ? Sex.Male : Sex.Female, 1980 + random.NextInt(15)),
                PhoneCipher = phone.Cipher, PhoneLookup = phone.Lookup, PhoneMasked = phone.Masked,
                ReceivedAt = now.AddDays(-age), ReceivedOn = receivedOn, AnswerDue = calendar.AddWorkingDays(receivedOn, answerDays), UpdatedAt = now,
            };
            db.Complaints.Add(complaint);
            Step(complaint, ComplaintStepKind.Received, "经" + ComplaintsNames.Of(complaint.Channel) + "受理", complaint.ReceivedAt, "投诉人");
            return complaint;
        }

        private void Advance(Complaint complaint, ComplaintStatus state)
        {
            if (state == ComplaintStatus.Pending)
            {
                return;
            }

            Assign(complaint, complaint.ReceivedAt.AddDays(1));
            if (state == ComplaintStatus.Transferred)
            {
                Refer(complaint, ReferralAuthority.MarketRegulation, "涉及虚假宣传和价格违法，移交市场监管部门处理。", random.Chance(0.5) ? ReferralStatus.Concluded : ReferralStatus.Accepted);
                return;
            }

            if (state == ComplaintStatus.Handling)
            {
                return;
            }

            var answeredAt = complaint.ReceivedAt.AddDays(6);
            complaint.Answer = "经核查，已责令机构按合同约定退还未上课时费用，机构已于答复前完成退费。如有异议，可在收到答复后向区教育局申请复查。";
            complaint.AnsweredAt = answeredAt;
            complaint.AnsweredOn = complaint.ReceivedOn.AddDays(6);
            complaint.Status = ComplaintStatus.Answered;
            Step(complaint, ComplaintStepKind.Answered, complaint.Answer, answeredAt, officer.Name);
            if (state == ComplaintStatus.Closed)
            {
                complaint.Closure = "投诉人对答复满意。";
                complaint.ClosedAt = answeredAt.AddDays(3);
                complaint.Status = ComplaintStatus.Closed;
                Step(complaint, ComplaintStepKind.Closed, complaint.Closure, complaint.ClosedAt.Value, officer.Name);
            }
        }

        private void Assign(Complaint complaint, DateTime at)
        {
            complaint.AssigneeId = officer.Id;
            complaint.AssigneeName = officer.Name;
            complaint.Status = ComplaintStatus.Handling;
            Step(complaint, ComplaintStepKind.Assigned, $"承办人：{officer.Name}", at, officer.Name);
        }

        private void Refer(Complaint complaint, ReferralAuthority authority, string reason, ReferralStatus status)
        {
            var sentOn = complaint.ReceivedOn.AddDays(2);
            var referral = new Referral
            {
                ComplaintId = complaint.Id, ComplaintNumber = complaint.Number, InstitutionId = complaint.InstitutionId, SubjectName = complaint.InstitutionName,
                Authority = authority, AuthorityName = "区市场监管局", Reason = reason, SentOn = sentOn, Status = status,
                AcceptedOn = status == ReferralStatus.Sent ? null : sentOn.AddDays(2), FinishedOn = status == ReferralStatus.Concluded ? sentOn.AddDays(15) : null,
                Feedback = status == ReferralStatus.Concluded ? "已立案查处，责令停止违法宣传并处罚款。" : "",
                CreatedBy = officer.Name, CreatedAt = complaint.ReceivedAt.AddDays(2), UpdatedAt = now,
            };
            db.Referrals.Add(referral);
            db.ReferralSteps.Add(new ReferralStep { ReferralId = referral.Id, StatusAfter = ReferralStatus.Sent, On = sentOn, Text = reason, ActorName = officer.Name, At = referral.CreatedAt });
            if (referral.AcceptedOn is { } accepted)
            {
                db.ReferralSteps.Add(new ReferralStep { ReferralId = referral.Id, StatusAfter = ReferralStatus.Accepted, On = accepted, Text = "", ActorName = officer.Name, At = referral.CreatedAt.AddDays(2) });
            }

            if (referral.FinishedOn is { } finished)
            {
                db.ReferralSteps.Add(new ReferralStep { ReferralId = referral.Id, StatusAfter = ReferralStatus.Concluded, On = finished, Text = referral.Feedback, ActorName = officer.Name, At = referral.CreatedAt.AddDays(15) });
            }

            complaint.Status = ComplaintStatus.Transferred;
            Step(complaint, ComplaintStepKind.Transferred, $"移交{ComplaintsNames.Of(authority)}：{reason}", referral.CreatedAt, officer.Name);
            Referrals++;
        }

        private void Step(Complaint complaint, ComplaintStepKind kind, string text, DateTime at, string actor) =>
            db.ComplaintSteps.Add(new ComplaintStep
            {
                ComplaintId = complaint.Id, Kind = kind, StatusAfter = complaint.Status, Text = text, ActorId = kind == ComplaintStepKind.Received ? Guid.Empty : officer.Id,
                ActorName = actor, At = at,
            });
    }
}
