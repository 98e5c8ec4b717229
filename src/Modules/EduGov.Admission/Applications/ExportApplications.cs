using System.Globalization;
using EduGov.Admission.Data;
using EduGov.Platform.Audit;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Standards;

namespace EduGov.Admission.Applications;

/// <summary>The application list as Excel, with the page's filter and the user's scope; personal data masked; audited.</summary>
public static class ExportApplications
{
    public const int MaxRows = 100_000;

    internal sealed class Handler(ListApplications.Handler list, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(ListApplications.Query query, CancellationToken ct = default)
        {
            var rows = await list.AllAsync(query, MaxRows, ct);
            var file = await ExcelFile.WriteAsync($"招生报名_{ChinaTime.Today(clock):yyyyMMdd}.xlsx", "招生报名", rows.Select(ToCells), ct);
            await audit.RecordAsync(AuditActions.Export, AdmissionDbContext.Module, nameof(Domain.Application), "", $"导出招生报名 {rows.Count} 条", users.User, ct);
            return file;
        }

        private static IReadOnlyList<KeyValuePair<string, object?>> ToCells(ListApplications.Row r) =>
        [
            new("报名号", r.Number),
            new("招生轮次", r.RoundName),
            new("报名类型", AdmissionNames.Of(r.Kind)),
            new("状态", AdmissionNames.Of(r.Status)),
            new("儿童姓名", r.ChildName),
            new("性别", r.Sex == Sex.Male ? "男" : "女"),
            new("出生日期", r.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("身份证号", r.IdNumberMasked),
            new("监护人", r.GuardianName),
            new("监护人电话", r.GuardianPhoneMasked),
            new("对口学校", r.CatchmentSchool),
            new("志愿", string.Join("、", r.Choices)),
            new("类别", r.CategoryOrder is { } order ? $"第{order}类 {r.CategoryName}" : ""),
            new("学籍标记", r.RegistryFlag),
            new("批量录入", r.BulkEntered ? "是" : "否"),
            new("提交时间", r.SubmittedAt is { } at ? ChinaTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : ""),
        ];
    }
}
