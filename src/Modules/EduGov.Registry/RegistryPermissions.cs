using EduGov.Platform.Security;

namespace EduGov.Registry;

public static class RegistryPermissions
{
    public const string SchoolsRead = "registry.schools.read";
    public const string SchoolsManage = "registry.schools.manage";
    public const string StudentsRead = "registry.students.read";
    public const string StudentsManage = "registry.students.manage";
    public const string RecordChangesApprove = "registry.record-changes.approve";
    public const string StaffRead = "registry.staff.read";
    public const string StaffManage = "registry.staff.manage";
    public const string PersonalDataReveal = "registry.personal-data.reveal";
    public const string OrganisationManage = "registry.organisation.manage";

    public static readonly PermissionGrant[] Grants =
    [
        new(SchoolsRead, "查看学校、校区、班级", Role.Leader, Role.Officer, Role.Inspector, Role.SchoolAdmin),
        new(SchoolsManage, "维护学校、校区、班级", Role.Officer, Role.SchoolAdmin),
        new(StudentsRead, "查看学籍", Role.Leader, Role.Officer, Role.Inspector, Role.SchoolAdmin),
        new(StudentsManage, "登记学生、申请学籍异动", Role.Officer, Role.SchoolAdmin),
        new(RecordChangesApprove, "审批学籍异动", Role.Officer),
        new(StaffRead, "查看教职工", Role.Leader, Role.Officer, Role.Inspector, Role.SchoolAdmin),
        new(StaffManage, "维护教职工档案", Role.Officer, Role.SchoolAdmin),
        new(PersonalDataReveal, "查看身份证号、电话、住址明文", Role.Officer, Role.SchoolAdmin),
        new(OrganisationManage, "维护学区、教育集团", Role.Officer),
    ];
}
