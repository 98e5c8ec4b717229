using EduGov.Platform.Exporting;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Admission.Forecast;

/// <summary>学龄人口预测: births and enrolment history in, five-year entry-grade and grade forecasts per school and district out.</summary>
internal static partial class ForecastPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("招生入学", "学龄人口预测", "/admission/forecast", "forecast", AdmissionPermissions.Read, 390),
    ];

    public static IEnumerable<ImportDefinition> Imports => [ImportBirths.Definition, ImportGradeEnrolments.Definition];

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ForecastData.Loader>();
        services.AddScoped<GetForecast.Handler>();
        services.AddScoped<GetSchoolForecast.Handler>();
        services.AddScoped<ExportForecast.Handler>();
        services.AddScoped<RecordGradeEnrolments.Handler>();
        services.AddScoped<IImportKind, ImportBirths.Kind>();
        services.AddScoped<IImportKind, ImportGradeEnrolments.Kind>();
    }

    public static void MapApi(IEndpointRouteBuilder admission)
    {
        var forecast = admission.MapGroup("/forecast");
        forecast.MapGet("/", (GetForecast.Handler h, Stage? stage, CancellationToken ct) =>
            h.HandleAsync(new GetForecast.Query(stage ?? Stage.Primary), ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("学龄人口预测：全区未来五年入学年级和在校生（仅教育局）、范围内各校概况、学位不足的学校、数据情况");
        forecast.MapGet("/schools/{schoolId:guid}", (Guid schoolId, GetSchoolForecast.Handler h, Stage? stage, CancellationToken ct) =>
            h.HandleAsync(new GetSchoolForecast.Query(schoolId, stage), ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("一所学校某学段未来五年各年级预测、所需班数与学位缺口及回测误差");
        forecast.MapGet("/export", async (ExportForecast.Handler h, Stage? stage, Guid? schoolId, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(new ExportForecast.Query(stage ?? Stage.Primary, schoolId), ct);
            return TypedResults.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(AdmissionPermissions.Read).WithSummary("导出学龄人口预测（Excel，记入审计）");
        forecast.MapPost("/grade-enrolments/snapshot", (RecordGradeEnrolments.Handler h, CancellationToken ct) =>
            h.HandleAsync(new RecordGradeEnrolments.Command(), ct))
            .RequirePermission(AdmissionPermissions.Manage).WithSummary("记录本学年在校生：按学籍库今日在读人数写入本学年各校各年级在校生（重复执行结果相同）");
    }
}
