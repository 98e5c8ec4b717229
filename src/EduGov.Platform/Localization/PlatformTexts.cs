namespace EduGov.Platform.Localization;

/// <summary>English for the platform's own UI text (layout, sign-in, audit, shared components).</summary>
public static class PlatformTexts
{
    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["教育局业务平台"] = "Education Bureau Platform",
        ["首页"] = "Home",
        ["登录"] = "Sign in",
        ["退出"] = "Sign out",
        ["用户名"] = "User name",
        ["密码"] = "Password",
        ["验证码"] = "Authenticator code",
        ["用户名或密码错误。"] = "Wrong user name or password.",
        ["账号已锁定，请 15 分钟后再试。"] = "The account is locked. Try again in 15 minutes.",
        ["审计日志"] = "Audit log",
        ["系统"] = "System",
        ["接口文档"] = "API reference",
        ["搜索"] = "Search",
        ["操作人"] = "Actor",
        ["操作"] = "Action",
        ["对象"] = "Record",
        ["时间"] = "Time",
        ["内容"] = "Details",
        ["从"] = "From",
        ["到"] = "To",
        ["导出"] = "Export",
        ["保存"] = "Save",
        ["取消"] = "Cancel",
        ["查看"] = "Reveal",
        ["无权访问"] = "Access denied",
        ["页面不存在"] = "Page not found",
        ["账号安全"] = "Account security",
        ["双重验证"] = "Two-factor authentication",
        ["语言"] = "Language",
    };
}
