using EduGov.Platform.Exporting;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Organisation;
using EduGov.Registry.Schools;
using EduGov.Registry.StaffMembers;
using EduGov.Registry.Students;
using EduGov.Standards;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduGov.Registry;

/// <summary>/api/v1 endpoints of the registry. Each calls the same handler as the pages, so scope and validation are identical.</summary>
internal static class RegistryApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        MapSchools(api.MapGroup("/schools").WithTags("学校"));
        MapStudents(api.MapGroup("/students").WithTags("学籍"));
        MapStaff(api.MapGroup("/staff").WithTags("教职工"));
        var changes = api.MapGroup("/record-changes").WithTags("学籍异动");
        changes.MapGet("/", (ListRecordChanges.Handler h, ApprovalStatus? status, RecordChangeKind? kind, int? page, int? size, CancellationToken ct) =>
            h.HandleAsync(new ListRecordChanges.Query(status, kind) { Page = new PageRequest(page ?? 1, size ?? 20) }, ct))
            .RequirePermission(RegistryPermissions.StudentsRead).WithSummary("学籍异动审批队列");
        changes.MapGet("/export", async (ExportRecordChanges.Handler h, ApprovalStatus? status, RecordChangeKind? kind, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(new ListRecordChanges.Query(status, kind), ct);
            return Results.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(RegistryPermissions.StudentsRead).WithSummary("按当前筛选导出学籍异动（Excel，记入审计）");
        changes.MapPost("/{id:guid}/decision", async (Guid id, DecisionBody body, DecideRecordChange.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(new DecideRecordChange.Command(id, body.Approve, body.Note ?? ""), ct);
            return Results.NoContent();
        }).RequirePermission(RegistryPermissions.RecordChangesApprove).WithSummary("审批学籍异动");
        api.MapGet("/organisation/export", async (ExportOrganisation.Handler h, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(ct);
            return Results.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(RegistryPermissions.SchoolsRead).WithSummary("导出学区与教育集团（Excel，记入审计）");
        api.MapGet("/organisation", (ListOrganisation.Handler h, CancellationToken ct) => h.HandleAsync(ct))
            .RequirePermission(RegistryPermissions.SchoolsRead).WithTags("组织").WithSummary("学区、教育集团、科室");
        api.MapPost("/organisation", async (SaveOrganisationUnit.Command command, SaveOrganisationUnit.Handler h, CancellationToken ct) =>
            Results.Ok(new { id = await h.HandleAsync(command, ct) }))
            .RequirePermission(RegistryPermissions.OrganisationManage).WithTags("组织").WithSummary("新增学区或教育集团");
        api.MapPost("/personal-data/reveal", async (RevealPersonalData.Command command, RevealPersonalData.Handler h, CancellationToken ct) =>
            Results.Ok(new { value = await h.HandleAsync(command, ct) }))
            .RequirePermission(RegistryPermissions.PersonalDataReveal).WithTags("个人信息").WithSummary("查看一个字段的明文（记入审计）");
    }

    private static void MapSchools(RouteGroupBuilder schools)
    {
        schools.MapGet("/", (ListSchools.Handler h, string? search, SchoolType? type, Ownership? ownership, Guid? zoneId, Guid? groupId, int? page, int? size, string? sort, bool? desc, CancellationToken ct) =>
            h.HandleAsync(new ListSchools.Query(search, type, ownership, zoneId, groupId) { Page = new PageRequest(page ?? 1, size ?? 20, sort, desc ?? false) }, ct))
            .RequirePermission(RegistryPermissions.SchoolsRead).WithSummary("学校列表（分页、排序、筛选、搜索）");
        schools.MapGet("/export", async (ExportSchools.Handler h, string? search, SchoolType? type, Ownership? ownership, Guid? zoneId, Guid? groupId, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(new ListSchools.Query(search, type, ownership, zoneId, groupId), ct);
            return Results.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(RegistryPermissions.SchoolsRead).WithSummary("按当前筛选导出学校名单（Excel，记入审计）");
        schools.MapGet("/{id:guid}", (Guid id, GetSchool.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(RegistryPermissions.SchoolsRead).WithSummary("学校详情");
        schools.MapPost("/", async (SaveSchool.Command command, SaveSchool.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(command with { Id = null }, ct);
            return Results.Created($"/api/v1/schools/{id}", new { id });
        }).RequirePermission(RegistryPermissions.SchoolsManage).WithSummary("新增学校");
        schools.MapPut("/{id:guid}", async (Guid id, SaveSchool.Command command, SaveSchool.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(command with { Id = id }, ct);
            return Results.NoContent();
        }).RequirePermission(RegistryPermissions.SchoolsManage).WithSummary("修改学校");
        schools.MapPost("/{id:guid}/classes", async (Guid id, AddClass.Command command, AddClass.Handler h, CancellationToken ct) =>
            Results.Ok(new { id = await h.HandleAsync(command with { SchoolId = id }, ct) }))
            .RequirePermission(RegistryPermissions.SchoolsManage).WithSummary("新增班级");
        schools.MapPost("/{id:guid}/campuses", async (Guid id, AddCampus.Command command, AddCampus.Handler h, CancellationToken ct) =>
            Results.Ok(new { id = await h.HandleAsync(command with { SchoolId = id }, ct) }))
            .RequirePermission(RegistryPermissions.SchoolsManage).WithSummary("新增校区");
    }

    private static void MapStudents(RouteGroupBuilder students)
    {
        students.MapGet("/", (ListStudents.Handler h, string? search, Guid? schoolId, int? grade, Guid? classId, StudentStatus? status, Sex? sex, int? page, int? size, string? sort, bool? desc, CancellationToken ct) =>
            h.HandleAsync(new ListStudents.Query(search, schoolId, grade, classId, status, sex) { Page = new PageRequest(page ?? 1, size ?? 20, sort, desc ?? false) }, ct))
            .RequirePermission(RegistryPermissions.StudentsRead).WithSummary("学生列表（证件号码已脱敏）");
        students.MapGet("/export", async (ExportStudents.Handler h, string? search, Guid? schoolId, int? grade, Guid? classId, StudentStatus? status, Sex? sex, bool? reveal, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(new ListStudents.Query(search, schoolId, grade, classId, status, sex), reveal ?? false, ct);
            return Results.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(RegistryPermissions.StudentsRead).WithSummary("按当前筛选导出学生名单（Excel；证件号码默认脱敏，reveal=true 需查看明文权限，记入审计）");
        students.MapGet("/{id:guid}", (Guid id, GetStudent.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(RegistryPermissions.StudentsRead).WithSummary("学生详情与学籍异动记录");
        students.MapPost("/", async (RegisterStudent.Command command, RegisterStudent.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(command, ct);
            return Results.Created($"/api/v1/students/{id}", new { id });
        }).RequirePermission(RegistryPermissions.StudentsManage).WithSummary("登记学生");
        students.MapPost("/lookup", (FindPupilForTransfer.Command command, FindPupilForTransfer.Handler h, CancellationToken ct) => h.HandleAsync(command, ct))
            .RequirePermission(RegistryPermissions.StudentsManage).WithSummary("按完整证件号码在全区查找学生（转入前，仅返回脱敏信息，记入审计）");
        students.MapPost("/{id:guid}/record-changes", async (Guid id, RequestRecordChange.Command command, RequestRecordChange.Handler h, CancellationToken ct) =>
            Results.Ok(new { id = await h.HandleAsync(command with { StudentId = id }, ct) }))
            .RequirePermission(RegistryPermissions.StudentsManage).WithSummary("申请学籍异动（转入、转出、休学、复学、毕业）");
    }

    private static void MapStaff(RouteGroupBuilder staff)
    {
        staff.MapGet("/", (ListStaff.Handler h, string? search, Guid? schoolId, Title? title, KeyTeacherLevel? keyTeacherLevel, string? subject, EmploymentStatus? status, int? page, int? size, string? sort, bool? desc, CancellationToken ct) =>
            h.HandleAsync(new ListStaff.Query(search, schoolId, title, keyTeacherLevel, subject, status) { Page = new PageRequest(page ?? 1, size ?? 20, sort, desc ?? false) }, ct))
            .RequirePermission(RegistryPermissions.StaffRead).WithSummary("教职工列表");
        staff.MapGet("/export", async (ExportStaff.Handler h, string? search, Guid? schoolId, Title? title, KeyTeacherLevel? keyTeacherLevel, string? subject, EmploymentStatus? status, bool? reveal, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(new ListStaff.Query(search, schoolId, title, keyTeacherLevel, subject, status), reveal ?? false, ct);
            return Results.File(file.Content, ExcelFile.ContentType, file.FileName);
        }).RequirePermission(RegistryPermissions.StaffRead).WithSummary("按当前筛选导出教职工名单（Excel；证件号码默认脱敏，reveal=true 需查看明文权限，记入审计）");
        staff.MapGet("/{id:guid}", (Guid id, GetStaff.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(RegistryPermissions.StaffRead).WithSummary("教职工详情与履历");
        staff.MapPost("/", async (RegisterStaff.Command command, RegisterStaff.Handler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(command, ct);
            return Results.Created($"/api/v1/staff/{id}", new { id });
        }).RequirePermission(RegistryPermissions.StaffManage).WithSummary("登记教职工");
        staff.MapPost("/{id:guid}/changes", async (Guid id, RecordStaffChange.Command command, RecordStaffChange.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(command with { StaffId = id }, ct);
            return Results.NoContent();
        }).RequirePermission(RegistryPermissions.StaffManage).WithSummary("记录调动、职称、骨干级别或在岗状态变更");
    }

    internal sealed record DecisionBody(bool Approve, string? Note);
}
