using System.Security.Claims;
using System.Text.Encodings.Web;
using EduGov.Platform.Data;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EduGov.Web.Hosting;

internal static class Authentication
{
    public const string SelectorScheme = "EduGov";
    public const string ApiTokenScheme = "ApiToken";
    private const string StaffCookieName = "edugov.auth";

    public static void AddEduGovAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectorScheme;
                o.DefaultChallengeScheme = SelectorScheme;
            })
            .AddPolicyScheme(SelectorScheme, "Cookie or API token", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenScheme, null)
            .AddCookie(ParentSignIn.Scheme, o =>
            {
                o.LoginPath = ParentSignIn.LoginPath;
                o.AccessDeniedPath = ParentSignIn.LoginPath;
                o.ExpireTimeSpan = IdentityPolicy.IdleTimeout;
                o.SlidingExpiration = true;
                o.Cookie.Name = ParentSignIn.CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.ExpireTimeSpan = IdentityPolicy.IdleTimeout;
            o.SlidingExpiration = true;
            o.Cookie.Name = StaffCookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorization();
    }

    /// <summary>An API token, else the staff cookie, else a parent's portal cookie; staff sign-in when there is none.</summary>
    private static string SelectScheme(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return ApiTokenScheme;
        }

        var cookies = context.Request.Cookies;
        return !cookies.ContainsKey(StaffCookieName) && cookies.ContainsKey(ParentSignIn.CookieName) ? ParentSignIn.Scheme : IdentityConstants.ApplicationScheme;
    }

    private static Task ApiOrRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(PermissionEndpoints.PolicyPrefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }

        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName[PermissionEndpoints.PolicyPrefix.Length..]))
            .Build();
    }
}

internal sealed class PermissionHandler(PermissionCatalog catalog) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (EduGovClaims.ToCurrentUser(context.User, catalog).Has(requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Authenticates machines by <c>Authorization: Bearer egv_…</c>; only the token's SHA-256 is stored.</summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDbContextFactory<PlatformDbContext> contexts, IUserClaimsPrincipalFactory<UserAccount> principals, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiTokens.Hash(header["Bearer ".Length..].Trim());
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(Context.RequestAborted);
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            return AuthenticateResult.Fail("接口令牌无效、已撤销或已过期。");
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == token.UserId && u.IsActive, Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail("令牌所属账号已停用。");
        }

        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(principal.Identities.Select(i => new ClaimsIdentity(i.Claims, Authentication.ApiTokenScheme))), Authentication.ApiTokenScheme));
    }
}

/// <summary>Puts role and org scope into the sign-in cookie, so no request needs a database look-up to know them.</summary>
internal sealed class EduGovClaimsFactory(UserManager<UserAccount> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<UserAccount>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(UserAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(EduGovClaims.Role, user.Role.ToString()));
        identity.AddClaim(new Claim(EduGovClaims.ScopeKind, user.ScopeKind.ToString()));
        identity.AddClaim(new Claim(EduGovClaims.ScopeName, user.ScopeName));
        identity.AddClaim(new Claim(EduGovClaims.DisplayName, user.DisplayName));
        if (user.ScopeId is { } scopeId)
        {
            identity.AddClaim(new Claim(EduGovClaims.ScopeId, scopeId.ToString()));
        }

        return identity;
    }
}
