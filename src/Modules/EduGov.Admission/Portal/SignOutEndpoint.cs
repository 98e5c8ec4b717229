using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Audit;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace EduGov.Admission.Portal;

/// <summary>
/// 退出登录: ends a parent's portal session (form post from any parent page) and returns to the sign-in page. The parent
/// cookie is read explicitly, so that a browser also holding a staff cookie still signs the parent out.
/// </summary>
internal static class SignOutEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, IAntiforgery antiforgery, PermissionCatalog catalog, AuditLog audit)
    {
        var parent = await context.AuthenticateAsync(ParentSignIn.Scheme);
        if (parent.Succeeded)
        {
            context.User = parent.Principal;
            var user = EduGovClaims.ToCurrentUser(parent.Principal, catalog);
            if (user.Role == Role.Parent && await antiforgery.IsRequestValidAsync(context))
            {
                await context.SignOutAsync(ParentSignIn.Scheme);
                await audit.RecordAsync(AuditActions.SignOut, AdmissionDbContext.Module, nameof(ParentAccount), user.IdText, "家长退出登录", user, context.RequestAborted);
            }
        }

        return TypedResults.LocalRedirect(ParentSignIn.LoginPath);
    }
}
