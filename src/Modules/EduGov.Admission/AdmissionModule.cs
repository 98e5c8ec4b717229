using System.Reflection;
using EduGov.Admission.Applications;
using EduGov.Admission.Ceremony;
using EduGov.Admission.Data;
using EduGov.Admission.Forecast;
using EduGov.Admission.Policy;
using EduGov.Admission.Portal;
using EduGov.Admission.Results;
using EduGov.Admission.Scope;
using EduGov.Admission.Seats;
using EduGov.Admission.Verification;
using EduGov.Platform.Data;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Admission;

/// <summary>招生入学: policy, seats and catchments, applications, verification, the verifiable lottery, offers, forecast.</summary>
public sealed class AdmissionModule : IEduGovModule
{
    public string Name => AdmissionDbContext.Module;

    public Assembly PagesAssembly => typeof(AdmissionModule).Assembly;

    public IEnumerable<PermissionGrant> Permissions => AdmissionPermissions.Grants;

    public IEnumerable<MenuEntry> Menu =>
    [
        .. PolicyPart.Menu, .. SeatsPart.Menu, .. ApplicationsPart.Menu, .. VerificationPart.Menu,
        .. CeremonyPart.Menu, .. ResultsPart.Menu, .. ForecastPart.Menu, .. PortalPart.Menu,
    ];

    public IEnumerable<ImportDefinition> Imports => [.. SeatsPart.Imports, .. ApplicationsPart.Imports, .. ForecastPart.Imports];

    public IReadOnlyDictionary<string, string> EnglishTexts => AdmissionTexts.English;

    public void AddServices(IServiceCollection services, PlatformSetup setup)
    {
        services.AddModuleDbContext<AdmissionDbContext>(setup.Database, AdmissionDbContext.Module);
        services.AddScoped<AdmissionScope>();
        services.AddSingleton<ApplicationClassifier>();
        services.AddScoped<IModuleDemoData, Demo.AdmissionDemoData>();
        services.AddSingleton<Notices.ParentNotices>();
        services.AddHostedService<Notices.ParentNoticeSender>();
        PolicyPart.AddServices(services);
        SeatsPart.AddServices(services);
        PortalPart.AddServices(services);
        ApplicationsPart.AddServices(services);
        VerificationPart.AddServices(services);
        CeremonyPart.AddServices(services);
        ResultsPart.AddServices(services);
        ForecastPart.AddServices(services);
    }

    public void MapApi(IEndpointRouteBuilder api)
    {
        var admission = api.MapGroup("/admission").WithTags("招生入学");
        PolicyPart.MapApi(admission);
        SeatsPart.MapApi(admission);
        PortalPart.MapApi(admission);
        ApplicationsPart.MapApi(admission);
        VerificationPart.MapApi(admission);
        CeremonyPart.MapApi(admission);
        ResultsPart.MapApi(admission);
        ForecastPart.MapApi(admission);
    }
}
