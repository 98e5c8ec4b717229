using EduGov.Platform.Audit;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace EduGov.Web.Hosting;

internal static class AccountEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/account/logout", SignOutAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/account/logout", SignOutAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/culture/set", (string culture, string? redirect, HttpContext context) =>
        {
            var chosen = culture == Text.English.Name ? Text.English : Text.Chinese;
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(SafeLocal(redirect));
        }).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, SignInManager<UserAccount> signIn, AuditLog audit, PermissionCatalog catalog, string? reason)
    {
        var user = EduGovClaims.ToCurrentUser(context.User, catalog);
        if (user.IsAuthenticated)
        {
            await signIn.SignOutAsync();
            await audit.RecordAsync(AuditActions.SignOut, "platform", "UserAccount", user.IdText, reason == "idle" ? "空闲 30 分钟自动退出" : "主动退出", user);
        }

        return Results.LocalRedirect(reason == "idle" ? "/account/login?idle=1" : "/account/login");
    }

    public static string SafeLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
