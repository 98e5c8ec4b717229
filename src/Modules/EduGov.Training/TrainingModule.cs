using System.Reflection;
using EduGov.Platform.Data;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using EduGov.Training.Complaints;
using EduGov.Training.Credit;
using EduGov.Training.Dashboard;
using EduGov.Training.Data;
using EduGov.Training.Funds;
using EduGov.Training.Inspections;
using EduGov.Training.Institutions;
using EduGov.Training.Licensing;
using EduGov.Training.Public;
using EduGov.Training.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Training;

/// <summary>校外培训机构监管: institutions and their portal, licensing, prepaid-fee supervision, credit, random inspections, complaints.</summary>
public sealed class TrainingModule : IEduGovModule
{
    public string Name => TrainingDbContext.Module;

    public Assembly PagesAssembly => typeof(TrainingModule).Assembly;

    public IEnumerable<PermissionGrant> Permissions => TrainingPermissions.Grants;

    public IEnumerable<MenuEntry> Menu =>
    [
        .. DashboardPart.Menu, .. InstitutionsPart.Menu, .. LicensingPart.Menu, .. FundsPart.Menu, .. CreditPart.Menu,
        .. InspectionsPart.Menu, .. ComplaintsPart.Menu, .. RulesPart.Menu, .. PublicPart.Menu,
    ];

    public IEnumerable<ImportDefinition> Imports =>
        [.. InstitutionsPart.Imports, .. FundsPart.Imports, .. CreditPart.Imports, .. InspectionsPart.Imports, .. ComplaintsPart.Imports, .. RulesPart.Imports];

    public IReadOnlyDictionary<string, string> EnglishTexts => TrainingTexts.English;

    public void AddServices(IServiceCollection services, PlatformSetup setup)
    {
        services.AddModuleDbContext<TrainingDbContext>(setup.Database, TrainingDbContext.Module);
        services.AddSingleton<TrainingRules>();
        services.AddScoped<IModuleDemoData, Demo.TrainingDemoData>();
        DashboardPart.AddServices(services);
        InstitutionsPart.AddServices(services);
        LicensingPart.AddServices(services);
        FundsPart.AddServices(services);
        CreditPart.AddServices(services);
        InspectionsPart.AddServices(services);
        ComplaintsPart.AddServices(services);
        RulesPart.AddServices(services);
        PublicPart.AddServices(services);
    }

    public void MapApi(IEndpointRouteBuilder api)
    {
        var training = api.MapGroup("/training").WithTags("校外培训监管");
        DashboardPart.MapApi(training);
        InstitutionsPart.MapApi(training);
        LicensingPart.MapApi(training);
        FundsPart.MapApi(training);
        CreditPart.MapApi(training);
        InspectionsPart.MapApi(training);
        ComplaintsPart.MapApi(training);
        RulesPart.MapApi(training);
        PublicPart.MapApi(training);
    }
}
