namespace EduGov.Platform.Security;

/// <summary>
/// Parents sign in to the admission portal with a phone number and a one-time code, under their own cookie scheme:
/// they are not staff accounts, so Identity's stores and security-stamp checks do not apply to them.
/// </summary>
public static class ParentSignIn
{
    public const string Scheme = "Parent";
    public const string CookieName = "edugov.parent";
    public const string LoginPath = "/apply/login";
}
