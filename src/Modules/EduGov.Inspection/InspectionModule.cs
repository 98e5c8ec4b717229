using System.Reflection;
using EduGov.Inspection.Attachments;
using EduGov.Inspection.Balanced;
using EduGov.Inspection.Bulletins;
using EduGov.Inspection.Data;
using EduGov.Inspection.Inspectors;
using EduGov.Inspection.Issues;
using EduGov.Inspection.Scope;
using EduGov.Inspection.Visits;
using EduGov.Platform.Data;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Inspection;

/// <summary>督导: assigned inspectors, visits, issue lists to close-out, bulletins and balanced development.</summary>
public sealed class InspectionModule : IEduGovModule
{
    public string Name => InspectionDbContext.Module;

    public Assembly PagesAssembly => typeof(InspectionModule).Assembly;

    public IEnumerable<PermissionGrant> Permissions => InspectionPermissions.Grants;

    public IEnumerable<MenuEntry> Menu =>
        [.. InspectorsPart.Menu, .. VisitsPart.Menu, .. IssuesPart.Menu, .. BulletinsPart.Menu, .. BalancedPart.Menu];

    public IEnumerable<ImportDefinition> Imports => BalancedPart.Imports;

    public IReadOnlyDictionary<string, string> EnglishTexts => InspectionTexts.English;

    public void AddServices(IServiceCollection services, PlatformSetup setup)
    {
        services.AddModuleDbContext<InspectionDbContext>(setup.Database, InspectionDbContext.Module);
        services.AddScoped<InspectionScope>();
        services.AddScoped<InspectionSchools>();
        services.AddScoped<EduGov.Platform.Modules.IModuleDemoData, Demo.InspectionDemoData>();
        AttachmentsPart.AddServices(services);
        InspectorsPart.AddServices(services);
        VisitsPart.AddServices(services);
        IssuesPart.AddServices(services);
        BulletinsPart.AddServices(services);
        BalancedPart.AddServices(services);
    }

    public void MapApi(IEndpointRouteBuilder api)
    {
        var inspection = api.MapGroup("/inspection").WithTags("督导");
        AttachmentsPart.MapApi(inspection);
        InspectorsPart.MapApi(inspection);
        VisitsPart.MapApi(inspection);
        IssuesPart.MapApi(inspection);
        BulletinsPart.MapApi(inspection);
        BalancedPart.MapApi(inspection);
    }
}
