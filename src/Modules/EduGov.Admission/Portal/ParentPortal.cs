using EduGov.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Admission.Portal;

/// <summary>
/// Who may open a parent page: a parent signed in under the parent cookie scheme. The scheme sits in a policy because the
/// router's authorization of components refuses schemes written on the page's [Authorize]; the endpoint's authorization
/// still authenticates with it and sends anyone else to the parent sign-in page.
/// </summary>
public static class ParentPortal
{
    public const string Policy = "admission.parent";

    internal static void AddPolicy(IServiceCollection services) =>
        services.Configure<AuthorizationOptions>(o => o.AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(ParentSignIn.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(EduGovClaims.Role, nameof(Role.Parent))));
}
