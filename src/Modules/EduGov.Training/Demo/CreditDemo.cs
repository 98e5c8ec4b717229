using EduGov.Platform.Demo;
using EduGov.Supervision;
using EduGov.Supervision.Credit;
using EduGov.Training.Credit;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Rules;

namespace EduGov.Training.Demo;

/// <summary>
/// Credit on first start: minor and ordinary records for a few institutions, one serious breach (black list), one institution
/// with two yellow cards (red, black list), a pending objection and repair request, an unlicensed operator on the black list;
/// the recompute then puts most licensed institutions on the white list.
/// </summary>
internal static class CreditDemo
{
    public static string Seed(TrainingDbContext db, DemoInstitutions world, SeededRandom random, DateOnly today, DateTime now)
    {
        if (!db.CreditCatalogues.Any())
        {
            foreach (var (catalogue, entries) in DefaultCatalogues.Build(now))
            {
                db.CreditCatalogues.Add(catalogue);
                db.CreditItems.AddRange(entries);
            }
        }

        var active = db.CreditCatalogues.Local.Single(c => c.Active);
        var items = db.CreditItems.Local.Where(i => i.CatalogueId == active.Id).ToDictionary(i => i.Code, StringComparer.Ordinal);
        var book = new RuleBook(today, new Dictionary<string, (decimal, string)>(), WorkingCalendar.WeekdaysOnly);
        var periods = CreditEngine.Periods(book);
        var licensed = world.Institutions.Where(i => i.Status == InstitutionStatus.Licensed).ToList();
        var records = new List<CreditRecord>();
        CreditRecord Add(TrainingInstitution institution, string code, int instances, int daysAgo, string description, BreachSeverity? severity = null)
        {
            var item = items[code];
            var decided = today.AddDays(-daysAgo);
            var tier = (Tier)(severity ?? item.Severity);
            var record = new CreditRecord
            {
                InstitutionId = institution.Id, ItemId = item.Id, ItemCode = code, ItemName = item.Name, Instances = instances,
                PointsDeducted = Math.Min(item.MaxPoints, instances * item.PointsPerInstance), Severity = severity ?? item.Severity, Description = description,
                Source = random.Chance(0.5) ? FindingSource.Inspection : FindingSource.Officer, DecidedOn = decided,
                RepairableFrom = periods.RepairableFrom(tier, decided), PublicUntil = periods.PublicUntil(tier, decided), RecordedBy = "演示数据", CreatedAt = now,
            };
            records.Add(record);
            return record;
        }

        var own = licensed[0];
        Add(own, "display", 1, 200, "办学场所未公示退费办法（已过公示期）");
        Add(own, "qualification", 1, 40, "前台未公示两名兼职教师的资格信息");
        Add(licensed[1], "display", 1, 20, "办学场所未公示资金监管账户");
        Add(licensed[2], "charges", 2, 60, "两名学员一次性收取超过三个月的费用");
        Add(licensed[3], "refund", 12, 90, "拒不退还12名学员的剩余课时费，涉及金额较大", BreachSeverity.Serious);
        Add(licensed[4], "refund", 1, 150, "一名学员退费未按合同办理");
        Add(licensed[4], "charges", 1, 30, "收取下期费用早于开课前一个月");
        var contract = Add(licensed[5], "contract", 1, 25, "仍使用旧版培训服务合同");
        var advertising = Add(licensed[6], "advertising", 1, 10, "宣传单页使用\u201c提分保过\u201d等违规用语");
        db.CreditRecords.AddRange(records);
        db.RepairRequests.Add(new CreditRepairRequest
        {
            InstitutionId = contract.InstitutionId, RecordId = contract.Id, Commitment = SubmitRepair.CommitmentTemplate,
            Evidence = "已全部改用2021年版示范文本重新签约，附新合同样本。", SubmittedOn = today.AddDays(-2), SubmittedAt = now.AddDays(-2), SubmittedBy = licensed[5].ContactPerson,
        });
        db.Objections.Add(new Objection
        {
            InstitutionId = advertising.InstitutionId, RecordId = advertising.Id, Reason = "该宣传单页系已离职员工私自印发，本机构未授权使用。",
            SubmittedOn = today.AddDays(-3), SubmittedAt = now.AddDays(-3), SubmittedBy = licensed[6].ContactPerson,
            DueOn = book.Calendar.AddWorkingDays(today.AddDays(-3), book.Whole(RuleCatalog.ObjectionDecisionDays)),
        });
        db.ListEntries.Add(new ListEntry
        {
            List = ListStatus.Black, Name = "星火补习班（无证）", Address = "张杨路某小区12号楼801室",
            Reason = "擅自举办校外培训机构：居民楼内开设初中数学补习班，有专门场所、3名工作人员，已责令停止并退费", EnteredOn = today.AddDays(-45),
            EnteredAt = now.AddDays(-45), EnteredBy = "演示数据",
        });
        CreditEngine.Recompute(db, CreditEngine.ToLibrary(items.Values.OrderBy(i => i.Order)), book, world.Institutions, records.ToLookup(r => r.InstitutionId),
            Array.Empty<ListEntry>().ToLookup(e => e.InstitutionId ?? Guid.Empty), new CreditEngine.Change("演示数据", "演示数据", today, now));
        var white = world.Institutions.Count(i => i.List == ListStatus.White);
        var black = world.Institutions.Count(i => i.List == ListStatus.Black) + 1;
        return $"信用：{records.Count} 条失信记录，白名单 {white} 家，黑名单 {black} 家（含1家无证经营者），1件异议申诉、1件信用修复申请待处理。";
    }
}
