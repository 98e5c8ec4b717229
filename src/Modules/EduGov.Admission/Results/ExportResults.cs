using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Admission.Verification;
using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Results;

/// <summary>The round's results in the user's scope as Excel: one sheet of seats per school, one of every child's outcome (names masked); audited.</summary>
public static class ExportResults
{
    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, IRegistryDirectory registry, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(Guid roundId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new NotFoundException("招生轮次不存在。");
            var ids = await scope.SchoolIdsAsync(user, ct);
            var names = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id);
            var schools = await ListResults.Handler.SchoolsAsync(db, roundId, ids, names, ct);
            var outcomes = await OutcomesAsync(db, roundId, ids, ct);
            var file = await ExcelFile.WriteSheetsAsync($"录取结果_{round.Year}_{ChinaTime.Today(clock):yyyyMMdd}.xlsx",
            [
                new ExcelSheet("各校录取", ["学校标识码", "学校", "学位", "已录取", "已报到", "放弃", "空余"],
                    schools.Select(s => (IReadOnlyList<object?>)[s.Code, s.Name, s.Seats, s.Offered, s.Enrolled, s.Declined, s.Free])),
                new ExcelSheet("录取名单", ["报名号", "姓名", "类型", "状态", "录取学校", "录取途径", "随机号", "说明"],
                    outcomes.Select(a => (IReadOnlyList<object?>)
                    [
                        a.Number, a.NameMasked, AdmissionNames.Of(a.Kind), AdmissionNames.Of(a.Status), a.SchoolName, AdmissionNames.Of(a.Route), a.LotteryNumber, a.Reason,
                    ]).ToList()),
            ], ct);
            await audit.RecordAsync(AuditActions.Export, AdmissionDbContext.Module, nameof(Application), roundId.ToString(), $"导出录取结果（{round.Name}）{outcomes.Count} 条", user, ct);
            return file;
        }

        private async Task<List<ListResults.OfferRow>> OutcomesAsync(AdmissionDbContext db, Guid roundId, IReadOnlySet<Guid>? ids, CancellationToken ct)
        {
            var applications = db.Applications.AsNoTracking().Where(a => a.RoundId == roundId && a.LotteryNumber != null);
            if (ids is not null)
            {
                var schools = ids.ToList();
                applications = applications.Where(a => (a.OfferedSchoolId != null && schools.Contains(a.OfferedSchoolId.Value))
                    || (a.CatchmentSchoolId != null && schools.Contains(a.CatchmentSchoolId.Value)) || a.Choices.Any(c => schools.Contains(c.SchoolId)));
            }

            var names = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id);
            var rows = await applications.OrderBy(a => a.Number).ToListAsync(ct);
            return [.. rows.Select(a => ListResults.Handler.Row(a, names))];
        }
    }
}
