using System.Globalization;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Visits;

/// <summary>The visit list as Excel, with the page's filter and the user's scope; audited.</summary>
public static class ExportVisits
{
    internal sealed class Handler(
        IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, ListVisits.Handler lists, IRegistryDirectory registry, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListVisits.Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Read);
            var schools = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var visits = await (await lists.FilterAsync(db, query, schools, ct))
                .OrderBy(v => v.VisitedOn).ThenBy(v => v.CreatedAt).ThenBy(v => v.Id)
                .Select(v => new
                {
                    Visit = v,
                    Inspector = db.Inspectors.Where(i => i.Id == v.InspectorId).Select(i => i.Name).First(),
                    Issues = db.Issues.Count(i => i.VisitId == v.Id),
                })
                .ToListAsync(ct);
            var rows = visits.Select(r => (IReadOnlyList<KeyValuePair<string, object?>>)
            [
                new("督导日期", r.Visit.VisitedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new("学校标识码", schools.GetValueOrDefault(r.Visit.SchoolId)?.Code ?? ""),
                new("学校", schools.GetValueOrDefault(r.Visit.SchoolId)?.Name ?? ""),
                new("督学", r.Inspector),
                new("督导类型", r.Visit.IsEmergency ? "突发事件" : InspectionNames.Of(r.Visit.Kind)),
                new("督导方式", string.Join("、", InspectionNames.Methods.Where(m => r.Visit.Methods.HasFlag(m)).Select(InspectionNames.Of))),
                new("状态", r.Visit.Status == VisitStatus.Submitted ? "已提交" : "草稿"),
                new("发现问题数", r.Issues),
                new("得分", r.Visit.Score),
                new("督导意见", r.Visit.Summary),
                new("提交时间", r.Visit.SubmittedAt is { } at ? ChinaTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : ""),
            ]);
            var file = await ExcelFile.WriteAsync($"督导记录_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "督导记录", rows, ct);
            await audit.RecordAsync(AuditActions.Export, InspectionDbContext.Module, nameof(Visit), "", $"导出督导记录 {visits.Count} 条", user, ct);
            return file;
        }
    }
}
