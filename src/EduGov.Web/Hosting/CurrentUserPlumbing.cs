using EduGov.Platform.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EduGov.Web.Hosting;

/// <summary>Sets the acting user for each HTTP request (API, static pages, prerendering).</summary>
internal sealed class CurrentUserMiddleware(RequestDelegate next, PermissionCatalog catalog)
{
    public async Task InvokeAsync(HttpContext context, CurrentUserAccessor accessor)
    {
        accessor.Set(EduGovClaims.ToCurrentUser(context.User, catalog));
        await next(context);
    }
}

/// <summary>Sets the acting user of an interactive circuit when it opens and whenever its authentication changes.</summary>
internal sealed class CurrentUserCircuitHandler(AuthenticationStateProvider authentication, PermissionCatalog catalog, CurrentUserAccessor accessor) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        await RefreshAsync(authentication.GetAuthenticationStateAsync());
        authentication.AuthenticationStateChanged += OnChanged;
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnChanged;

    private void OnChanged(Task<AuthenticationState> state) => _ = RefreshAsync(state);

    private async Task RefreshAsync(Task<AuthenticationState> state) =>
        accessor.Set(EduGovClaims.ToCurrentUser((await state).User, catalog));
}
