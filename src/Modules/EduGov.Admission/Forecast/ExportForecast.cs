using System.Globalization;
using EduGov.Admission.Data;
using EduGov.Admission.Scope;
using EduGov.Metrics.Forecasting;
using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Exporting;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;

namespace EduGov.Admission.Forecast;

/// <summary>
/// The forecast of one stage as Excel, audited: for the district (bureau users), every observed and forecast year by grade;
/// for every school in scope, each forecast year with classes, seats, shortfall and back-test errors. With a school, that
/// school's years by grade only.
/// </summary>
public static class ExportForecast
{
    public sealed record Query(Stage Stage = Stage.Primary, Guid? SchoolId = null);

    internal sealed class Handler(ForecastData.Loader loader, AdmissionScope scope, CurrentUserAccessor users, AuditLog audit, TimeProvider clock)
    {
        public async Task<ExcelFile> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Read);
            ForecastStages.EnsureForecast(query.Stage);
            var data = await loader.LoadAsync(ct);
            var stageName = StageNames.Of(query.Stage);
            var today = ChinaTime.Today(clock);
            if (query.SchoolId is { } schoolId)
            {
                var school = data.Schools.FirstOrDefault(s => s.Id == schoolId) ?? throw new NotFoundException("学校不存在。");
                await scope.DemandSchoolAsync(user, schoolId, ct);
                var own = new ForecastCalculator(data).Build(query.Stage, new HashSet<Guid> { schoolId }).Schools.SingleOrDefault()
                    ?? throw new NotFoundException($"{school.Name}没有{stageName}在校生历史，无法预测。");
                var file = await ExcelFile.WriteSheetsAsync($"学龄人口预测_{school.Name}_{stageName}_{today:yyyyMMdd}.xlsx", [UnitSheet("学校预测", query.Stage, own.Forecast), ErrorSheet("回测误差", own.Forecast)], ct);
                await audit.RecordAsync(AuditActions.Export, AdmissionDbContext.Module, "EnrollmentForecast", schoolId.ToString(), $"导出{school.Name}{stageName}学龄人口预测", user, ct);
                return file;
            }

            var ids = await scope.SchoolIdsAsync(user, ct);
            var stage = new ForecastCalculator(data).Build(query.Stage, ids);
            List<ExcelSheet> sheets = ids is null && stage.District is { } district ? [UnitSheet("全区预测", query.Stage, district), ErrorSheet("全区回测误差", district)] : [];
            sheets.Add(SchoolsSheet(stage.Schools));
            var workbook = await ExcelFile.WriteSheetsAsync($"学龄人口预测_{stageName}_{today:yyyyMMdd}.xlsx", sheets, ct);
            await audit.RecordAsync(AuditActions.Export, AdmissionDbContext.Module, "EnrollmentForecast", "",
                $"导出{stageName}学龄人口预测（{(ids is null ? "全区及 " : "")}{stage.Schools.Count} 所学校）", user, ct);
            return workbook;
        }

        private static ExcelSheet UnitSheet(string name, Stage stage, EnrolmentForecast forecast)
        {
            var grades = Enumerable.Range(ForecastStages.EntryGrade(stage), ForecastStages.LastGrade(stage) - ForecastStages.EntryGrade(stage) + 1).ToList();
            IReadOnlyList<string> headers =
            [
                "学年", "类型", .. grades.Select(StageNames.GradeName), "入学年级人数", "在校生总数", "入学年级所需班数", "所需班数合计", "班额", "入学学位", "学位缺口",
            ];
            var rows = forecast.History.Concat(forecast.Years).Select(y => (IReadOnlyList<object?>)
            [
                y.Year, y.Forecast ? "预测" : "实际", .. y.Grades.Select(g => (object?)g.Pupils), y.EntryPupils, y.TotalPupils, y.EntryClasses, y.TotalClasses,
                forecast.ClassCap, y.Seats, y.Shortfall,
            ]);
            return new ExcelSheet(name, headers, rows);
        }

        private static ExcelSheet ErrorSheet(string name, EnrolmentForecast forecast)
        {
            IReadOnlyList<string> headers = ["项目", "回测误差(MAPE)", "回测年数"];
            IEnumerable<IReadOnlyList<object?>> rows =
            [
                ["入学年级", Mape(forecast.EntryError), forecast.EntryError.Points.Count],
                ["在校生总数", Mape(forecast.TotalError), forecast.TotalError.Points.Count],
                .. forecast.GradeErrors.Select(g => (IReadOnlyList<object?>)[StageNames.GradeName(g.Grade), Mape(g.Error), g.Error.Points.Count]),
                ["平滑系数α", forecast.Alpha, null],
            ];
            return new ExcelSheet(name, headers, rows);
        }

        private static ExcelSheet SchoolsSheet(IReadOnlyList<SchoolForecast> schools)
        {
            IReadOnlyList<string> headers =
            [
                "学校标识码", "学校名称", "学年", "入学年级人数", "在校生总数", "入学年级所需班数", "所需班数合计", "班额", "入学学位", "学位缺口",
                "入学年级回测误差(MAPE)", "在校生回测误差(MAPE)",
            ];
            var rows = schools.SelectMany(s => s.Forecast.Years.Select(y => (IReadOnlyList<object?>)
            [
                s.School.Code, s.School.Name, y.Year, y.EntryPupils, y.TotalPupils, y.EntryClasses, y.TotalClasses, s.Forecast.ClassCap, y.Seats, y.Shortfall,
                Mape(s.Forecast.EntryError), Mape(s.Forecast.TotalError),
            ]));
            return new ExcelSheet("各校预测", headers, rows);
        }

        private static string Mape(BacktestError error) =>
            error.Mape is { } mape ? mape.ToString("0.0", CultureInfo.InvariantCulture) + "%" : ForecastTexts.NotEnoughData;
    }
}
