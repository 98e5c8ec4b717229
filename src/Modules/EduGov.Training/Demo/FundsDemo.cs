using EduGov.Platform.Demo;
using EduGov.Platform.Privacy;
using EduGov.Standards;
using EduGov.Supervision;
using EduGov.Supervision.Prepaid;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Funds;
using EduGov.Training.Rules;

namespace EduGov.Training.Demo;

/// <summary>
/// Prepaid fees for the demo institutions: enrolments paid into custody, lessons taught weekly and confirmed (by parents,
/// deemed, a few pending, one disputed), releases of confirmed lessons, refunds, bank and deposit balances, a reconciled
/// statement — and three troubled institutions (custody balance below the unconsumed total, payments surging while
/// lessons stall, refunds piling up) so the alert scan, which runs when the host starts, has real risks to raise.
/// </summary>
internal static class FundsDemo
{
    private const string Actor = "演示数据";

    public static string Seed(TrainingDbContext db, DemoInstitutions world, FieldProtector protector, SeededRandom random, DateOnly today, DateTime now)
    {
        var seeder = new Seeder(db, protector, random, today, now);
        var licensed = world.Institutions.Where(i => i.Status == InstitutionStatus.Licensed).ToList();
        for (var index = 0; index < licensed.Count; index++)
        {
            var institution = licensed[index];
            var courses = world.Courses.Where(c => c.InstitutionId == institution.Id).ToList();
            var trouble = index switch { 1 => Trouble.Shortfall, 2 => Trouble.Surge, 3 => Trouble.Refunds, _ => Trouble.None };
            seeder.Institution(institution, courses, world.Accounts.Where(a => a.InstitutionId == institution.Id).ToList(), trouble, first: index == 0);
        }

        var link = seeder.DemoToken is { } token ? $"；家长确认演示链接 /training/confirm/{token}" : "";
        return $"预收费监管：{seeder.Enrolments} 笔报名收费，{seeder.Lessons} 条课消，{seeder.Refunds} 笔退费申请，3 家问题机构{link}。";
    }

    private enum Trouble
    {
        None,
        Shortfall,
        Surge,
        Refunds,
    }

    private sealed class Seeder(TrainingDbContext db, FieldProtector protector, SeededRandom random, DateOnly today, DateTime now)
    {
        private static readonly int DeemedDays = (int)RuleCatalog.Get(RuleCatalog.ConfirmationDeemedDays).Default;
        private static readonly int PeriodMonths = (int)RuleCatalog.Get(RuleCatalog.DepositPeriodMonths).Default;
        private static readonly RefundTerms Terms = new(
            (int)RuleCatalog.Get(RuleCatalog.RefundBeforeStartDays).Default, (int)RuleCatalog.Get(RuleCatalog.RefundAfterStartDays).Default,
            (int)RuleCatalog.Get(RuleCatalog.RefundDeemedAgreedDays).Default);

        private readonly WorkingCalendar _calendar = WorkingCalendar.WeekdaysOnly;
        private bool _disputed;

        public int Enrolments { get; private set; }
        public int Lessons { get; private set; }
        public int Refunds { get; private set; }
        public string? DemoToken { get; private set; }

        public void Institution(TrainingInstitution institution, List<Course> courses, List<FundAccount> accounts, Trouble trouble, bool first)
        {
            if (courses.Count == 0)
            {
                return;
            }

            var figures = new List<(Enrolment Enrolment, EnrolmentFigures Figures)>();
            var count = random.NextInt(6, 13);
            for (var i = 0; i < count; i++)
            {
                var course = courses[i % courses.Count];
                var stalled = trouble == Trouble.Surge;
                figures.Add(Enrol(institution, course, course.StartsOn.AddDays(-random.NextInt(0, 20)), course.StartsOn, teach: true, stalled, first && i == 0));
            }

            if (trouble == Trouble.Surge)
            {
                for (var i = 0; i < 12; i++)
                {
                    var course = courses[i % courses.Count];
                    figures.Add(Enrol(institution, course, today.AddDays(-random.NextInt(0, 15)), today, teach: false, stalled: true, known: false));
                }
            }

            var refundCount = trouble == Trouble.Refunds ? 7 : first ? 2 : random.NextInt(0, 2);
            for (var i = 0; i < refundCount && i < figures.Count; i++)
            {
                var (enrolment, f) = figures[figures.Count - 1 - i];
                figures[figures.Count - 1 - i] = (enrolment, Refund(enrolment, f, paid: trouble != Trouble.Refunds && i == 0, overdue: trouble == Trouble.Refunds && i < 2));
            }

            Balances(figures, accounts, trouble);
        }

        private (Enrolment, EnrolmentFigures) Enrol(TrainingInstitution institution, Course course, DateOnly paidOn, DateOnly start, bool teach, bool stalled, bool known)
        {
            var lessons = random.Chance(0.5) ? 20 : 24;
            var amount = course.LessonPriceFen * lessons;
            var pupil = ChineseNames.FullName(random, random.Chance(0.5) ? Sex.Male : Sex.Female, today.Year - random.NextInt(7, 14));
            var guardian = ChineseNames.Surname(random) + ChineseNames.GivenName(random, random.Chance(0.5) ? Sex.Male : Sex.Female, today.Year - 38);
            var phone = protector.Protect($"139{random.NextDigits(8)}", Masking.Phone);
            var charge = new Charge(paidOn, start, course.EndsOn, lessons, amount);
            var enrolment = new Enrolment
            {
                InstitutionId = institution.Id, CourseId = course.Id, CourseName = course.Name, PupilName = pupil, GuardianName = guardian,
                GuardianPhoneCipher = phone.Cipher, GuardianPhoneLookup = phone.Lookup, GuardianPhoneMasked = phone.Masked,
                Lessons = lessons, AmountFen = amount, PaidOn = paidOn, CourseStart = start, CoversUntil = course.EndsOn, CoveredMonths = charge.CoveredMonths,
                RecordedBy = Actor, CreatedAt = now, UpdatedAt = now,
            };
            db.Enrolments.Add(enrolment);
            Enrolments++;
            var reference = $"SF{paidOn:yyyyMMdd}{random.NextDigits(6)}";
            Money(enrolment, LedgerEntryKind.Payment, amount, paidOn, reference, $"{pupil} {course.Name} {lessons} 课时");
            var figures = EnrolmentFigures.New(amount, lessons).Pay(amount);
            if (teach)
            {
                figures = Teach(enrolment, figures, stalled, known);
            }

            return (enrolment, figures);
        }

        /// <summary>Two lessons a week from the start; a stalled institution stopped teaching five weeks ago.</summary>
        private EnrolmentFigures Teach(Enrolment enrolment, EnrolmentFigures figures, bool stalled, bool known)
        {
            var lastDay = stalled ? today.AddDays(-35) : today.AddDays(-1);
            for (var day = enrolment.CourseStart.AddDays(5); day <= lastDay && figures.RemainingLessons > 0; day = day.AddDays(7))
            {
                var lessons = Math.Min(2, figures.RemainingLessons);
                var due = _calendar.AddWorkingDays(day, DeemedDays);
                var (token, hash) = FundsRules.NewToken();
                var status = due < today ? (random.Chance(0.7) ? LessonConfirmation.Confirmed : LessonConfirmation.Deemed) : LessonConfirmation.Pending;
                if (status == LessonConfirmation.Pending && !_disputed && !known)
                {
                    status = LessonConfirmation.Disputed;
                    _disputed = true;
                }

                if (known && status == LessonConfirmation.Pending && DemoToken is null)
                {
                    DemoToken = token;
                }

                db.LessonRecords.Add(new LessonRecord
                {
                    InstitutionId = enrolment.InstitutionId, EnrolmentId = enrolment.Id, TaughtOn = day, Lessons = lessons,
                    ValueFen = figures.Price.ValueOf(figures.TaughtLessons, lessons), Status = status, DueOn = due, TokenHash = hash,
                    AnsweredAt = status == LessonConfirmation.Pending ? null : now,
                    AnsweredBy = status switch { LessonConfirmation.Deemed => DeemOverdue.Handler.ActorName, LessonConfirmation.Pending => "", _ => AnswerLesson.GuardianActor },
                    DisputeNote = status == LessonConfirmation.Disputed ? "当天孩子请假，没有上课" : "", RecordedBy = Actor, CreatedAt = now,
                });
                Lessons++;
                figures = figures.Teach(lessons);
                figures = status switch
                {
                    LessonConfirmation.Confirmed or LessonConfirmation.Deemed => figures.Confirm(lessons),
                    LessonConfirmation.Disputed => figures.Dispute(lessons),
                    _ => figures,
                };
            }

            if (figures.ReleasableFen > 0 && random.Chance(0.85))
            {
                Money(enrolment, LedgerEntryKind.Release, figures.ReleasableFen, today.AddDays(-random.NextInt(1, 8)), $"BF{random.NextDigits(8)}", $"{enrolment.PupilName} 已确认课时拨付");
                figures = figures.Release(figures.ReleasableFen);
            }

            if (figures.RemainingLessons == 0)
            {
                enrolment.Status = EnrolmentStatus.Completed;
            }

            return figures;
        }

        private EnrolmentFigures Refund(Enrolment enrolment, EnrolmentFigures figures, bool paid, bool overdue)
        {
            var requested = overdue ? today.AddDays(-30) : today.AddDays(-random.NextInt(0, 3));
            var quote = RefundCalculator.Quote(figures, enrolment.CourseStart, requested, Terms, _calendar);
            if (quote.AmountFen == 0)
            {
                return figures;
            }

            var request = new RefundRequest
            {
                InstitutionId = enrolment.InstitutionId, EnrolmentId = enrolment.Id, RequestedBy = enrolment.GuardianName, ByGuardian = true,
                Reason = overdue ? "机构频繁调课，孩子无法继续上课" : "孩子学业安排调整", RequestedOn = requested, AmountFen = quote.AmountFen,
                BeforeStart = quote.BeforeStart, CompletedLessons = quote.CompletedLessons, AnswerBy = quote.AnswerBy, PayBy = quote.PayBy,
                Status = overdue ? RefundStatus.DeemedAgreed : RefundStatus.Requested, CreatedAt = now,
            };
            db.RefundRequests.Add(request);
            Refunds++;
            enrolment.Status = EnrolmentStatus.RefundRequested;
            if (!paid)
            {
                return figures;
            }

            var entry = Money(enrolment, LedgerEntryKind.Refund, quote.AmountFen, today, $"TF{random.NextDigits(8)}", $"{enrolment.PupilName} 退费");
            request.Status = RefundStatus.Paid;
            request.AgreedAt = now;
            request.AgreedBy = Actor;
            request.PaidAt = now;
            request.PaidEntryId = entry.Id;
            enrolment.Status = EnrolmentStatus.Refunded;
            return figures.Refund(quote.AmountFen);
        }

        private LedgerEntry Money(Enrolment enrolment, LedgerEntryKind kind, long fen, DateOnly date, string reference, string note)
        {
            var entry = new LedgerEntry
            {
                InstitutionId = enrolment.InstitutionId, EnrolmentId = enrolment.Id, Kind = kind, AmountFen = fen, Date = date,
                Reference = reference, Note = note, RecordedBy = Actor, CreatedAt = now,
            };
            db.LedgerEntries.Add(entry);
            return entry;
        }

        /// <summary>The bank holds the unconsumed money (a little more from interest), except where the demo wants it short.</summary>
        private void Balances(List<(Enrolment Enrolment, EnrolmentFigures Figures)> figures, List<FundAccount> accounts, Trouble trouble)
        {
            var unconsumed = figures.Sum(f => f.Figures.UnconsumedFen);
            var deposit = figures.Where(f => f.Enrolment.Status == EnrolmentStatus.Active)
                .Sum(f => InstitutionFigures.DepositFor(f.Enrolment.AmountFen, f.Enrolment.CoveredMonths, PeriodMonths));
            foreach (var account in accounts)
            {
                account.BankBalanceOn = today.AddDays(-1);
                account.BankBalanceFen = account.Kind == FundAccountKind.Custody
                    ? trouble == Trouble.Shortfall ? unconsumed * 6 / 10 : unconsumed + random.NextInt(0, 50_000)
                    : trouble == Trouble.Refunds ? deposit / 2 : deposit + random.NextInt(0, 100_000);
            }
        }
    }
}
