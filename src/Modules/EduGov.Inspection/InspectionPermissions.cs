using EduGov.Platform.Security;

namespace EduGov.Inspection;

public static class InspectionPermissions
{
    public const string Read = "inspection.read";
    public const string Manage = "inspection.manage";
    public const string Visit = "inspection.visit";
    public const string Rectify = "inspection.rectify";
    public const string CloseOut = "inspection.close-out";
    public const string Facilities = "inspection.facilities";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看督导：督学挂牌、督导记录、问题清单、通报、优质均衡", Role.Leader, Role.Officer, Role.Inspector, Role.SchoolAdmin),
        new(Manage, "管理督学、挂牌、督导计划、检查表和督导设置", Role.Officer),
        new(Visit, "到校督导：记录检查、发现问题、复查整改", Role.Inspector, Role.Officer),
        new(Rectify, "学校整改：整改方案、进展和佐证材料", Role.SchoolAdmin),
        new(CloseOut, "销号或退回整改", Role.Officer),
        new(Facilities, "维护学校办学条件", Role.Officer, Role.SchoolAdmin),
    ];
}
