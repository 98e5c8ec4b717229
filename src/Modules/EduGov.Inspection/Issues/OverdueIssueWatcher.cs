using EduGov.Platform.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduGov.Inspection.Issues;

/// <summary>Runs <see cref="EscalateOverdueIssues"/> at start and then every hour while the platform runs.</summary>
internal sealed partial class OverdueIssueWatcher(IServiceScopeFactory scopes, PermissionCatalog catalog, TimeProvider clock, ILogger<OverdueIssueWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(stoppingToken);
            await Task.Delay(Interval, clock, stoppingToken);
        }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            using (CurrentUserAccessor.Use(CurrentUser.System(EscalateOverdueIssues.Handler.ActorName, catalog)))
            {
                var outcome = await scope.ServiceProvider.GetRequiredService<EscalateOverdueIssues.Handler>().HandleAsync(ct);
                LogOutcome(outcome.Escalated, outcome.Reminded);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailure(e);
        }
    }

    [LoggerMessage(LogLevel.Information, "逾期督办：新上报 {Escalated} 项，提醒 {Reminded} 项")]
    private partial void LogOutcome(int escalated, int reminded);

    [LoggerMessage(LogLevel.Error, "逾期督办运行失败")]
    private partial void LogFailure(Exception exception);
}
