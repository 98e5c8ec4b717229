namespace EduGov.Platform.Security;

public static class PlatformPermissions
{
    public const string AuditRead = "platform.audit.read";
    public const string ApiTokensManage = "platform.api-tokens.manage";

    public static readonly PermissionGrant[] Grants =
    [
        new(AuditRead, "查阅审计日志", Role.Leader),
        new(ApiTokensManage, "管理接口令牌", Role.Leader, Role.Officer),
    ];
}
