namespace EduGov.Platform.Audit;

public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Reveal = "reveal";
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string Export = "export";
    public const string Bulk = "bulk";
    public const string Lookup = "lookup";

    public static string DisplayName(string action) => action switch
    {
        Create => "新增",
        Update => "修改",
        Delete => "删除",
        Reveal => "查看明文",
        SignIn => "登录",
        SignInFailed => "登录失败",
        SignOut => "退出",
        Export => "导出",
        Bulk => "批量写入",
        Lookup => "跨校查询",
        _ => action,
    };
}
