using System.Reflection;
using EduGov.Platform.Data;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Organisation;
using EduGov.Registry.Schools;
using EduGov.Registry.Seeding;
using EduGov.Registry.StaffMembers;
using EduGov.Registry.Students;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Registry;

public sealed class RegistryModule : IEduGovModule
{
    public string Name => RegistryDbContext.Module;

    public Assembly PagesAssembly => typeof(RegistryModule).Assembly;

    public IEnumerable<PermissionGrant> Permissions => RegistryPermissions.Grants;

    public IEnumerable<MenuEntry> Menu =>
    [
        new("基础数据", "学校", "/registry/schools", "school", RegistryPermissions.SchoolsRead, 10),
        new("基础数据", "学生学籍", "/registry/students", "student", RegistryPermissions.StudentsRead, 20),
        new("基础数据", "学籍异动", "/registry/record-changes", "change", RegistryPermissions.StudentsRead, 30),
        new("基础数据", "教职工", "/registry/staff", "staff", RegistryPermissions.StaffRead, 40),
        new("基础数据", "学区与集团", "/registry/organisation", "organisation", RegistryPermissions.SchoolsRead, 50),
        new("基础数据", "批量导入", "/import", "import", RegistryPermissions.StudentsManage, 60),
    ];

    public IEnumerable<ImportDefinition> Imports =>
        [ImportSchools.Definition, ImportCampuses.Definition, ImportClasses.Definition, ImportStudents.Definition, ImportGuardians.Definition, ImportStaff.Definition];

    public IReadOnlyDictionary<string, string> EnglishTexts => RegistryTexts.English;

    public void AddServices(IServiceCollection services, PlatformSetup setup)
    {
        services.AddModuleDbContext<RegistryDbContext>(setup.Database, RegistryDbContext.Module);
        services.AddSingleton<IRegistryDirectory, RegistryDirectory>();
        services.AddScoped<IPupilEnrolment, Students.PupilEnrolment>();
        services.AddScoped<DemoDistrictSeeder>();
        services.AddScoped<DemoAccounts>();
        AddSlices(services);
    }

    public void MapApi(IEndpointRouteBuilder api) => RegistryApi.Map(api);

    private static void AddSlices(IServiceCollection services)
    {
        services.AddScoped<ListSchools.Handler>();
        services.AddScoped<GetSchool.Handler>();
        services.AddScoped<ExportSchools.Handler>();
        services.AddScoped<SaveSchool.Handler>();
        services.AddScoped<SaveSchool.Validator>();
        services.AddScoped<AddClass.Handler>();
        services.AddScoped<AddClass.Validator>();
        services.AddScoped<AddCampus.Handler>();
        services.AddScoped<AddCampus.Validator>();
        services.AddScoped<ListStudents.Handler>();
        services.AddScoped<GetStudent.Handler>();
        services.AddScoped<ExportStudents.Handler>();
        services.AddScoped<RegisterStudent.Handler>();
        services.AddScoped<RegisterStudent.Validator>();
        services.AddScoped<RevealPersonalData.Handler>();
        services.AddScoped<RequestRecordChange.Handler>();
        services.AddScoped<FindPupilForTransfer.Handler>();
        services.AddScoped<RequestRecordChange.Validator>();
        services.AddScoped<DecideRecordChange.Handler>();
        services.AddScoped<ListRecordChanges.Handler>();
        services.AddScoped<ExportRecordChanges.Handler>();
        services.AddScoped<ListStaff.Handler>();
        services.AddScoped<GetStaff.Handler>();
        services.AddScoped<ExportStaff.Handler>();
        services.AddScoped<RegisterStaff.Handler>();
        services.AddScoped<RegisterStaff.Validator>();
        services.AddScoped<RecordStaffChange.Handler>();
        services.AddScoped<IImportKind, ImportSchools.Kind>();
        services.AddScoped<IImportKind, ImportCampuses.Kind>();
        services.AddScoped<IImportKind, ImportClasses.Kind>();
        services.AddScoped<IImportKind, ImportStudents.Kind>();
        services.AddScoped<IImportKind, ImportGuardians.Kind>();
        services.AddScoped<IImportKind, ImportStaff.Kind>();
        services.AddScoped<ListOrganisation.Handler>();
        services.AddScoped<ExportOrganisation.Handler>();
        services.AddScoped<SaveOrganisationUnit.Handler>();
    }
}
