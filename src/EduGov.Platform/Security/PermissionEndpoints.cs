using Microsoft.AspNetCore.Builder;

namespace EduGov.Platform.Security;

public static class PermissionEndpoints
{
    public const string PolicyPrefix = "perm:";

    /// <summary>Requires a signed-in user whose role holds <paramref name="permission"/>; the handler still checks scope.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PolicyPrefix + permission);
}
