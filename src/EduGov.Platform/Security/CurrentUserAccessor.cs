namespace EduGov.Platform.Security;

/// <summary>
/// The acting user of the current DI scope: set by the HTTP middleware for a request and by the circuit handler
/// for an interactive Blazor circuit. Reading <see cref="User"/> also publishes it to <see cref="Current"/>, the
/// ambient slot that the audit interceptor (a singleton, outside any scope) reads when the operation saves.
/// </summary>
public sealed class CurrentUserAccessor
{
    private static readonly AsyncLocal<CurrentUser?> Ambient = new();
    private CurrentUser? _user;

    public CurrentUser User
    {
        get
        {
            var user = _user ?? Ambient.Value ?? CurrentUser.Anonymous;
            Ambient.Value = user;
            return user;
        }
    }

    public static CurrentUser Current => Ambient.Value ?? CurrentUser.Anonymous;

    public void Set(CurrentUser user)
    {
        _user = user;
        Ambient.Value = user;
    }

    /// <summary>Acts as <paramref name="user"/> until disposed (CLI, seeding, background work).</summary>
    public static IDisposable Use(CurrentUser user)
    {
        var previous = Ambient.Value;
        Ambient.Value = user;
        return new Restore(previous);
    }

    private sealed class Restore(CurrentUser? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
