using EduGov.Platform.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduGov.Training.Funds;

/// <summary>Runs <see cref="DeemOverdue"/> (and with it the alert scan over every institution) at start and then every hour.</summary>
internal sealed partial class FundsWatcher(IServiceScopeFactory scopes, PermissionCatalog catalog, TimeProvider clock, ILogger<FundsWatcher> logger) : BackgroundService
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
            using (CurrentUserAccessor.Use(CurrentUser.System(DeemOverdue.Handler.ActorName, catalog)))
            {
                var outcome = await scope.ServiceProvider.GetRequiredService<DeemOverdue.Handler>().HandleAsync(ct);
                LogOutcome(outcome.Lessons, outcome.Refunds, outcome.Scan.Institutions, outcome.Scan.Raised, outcome.Scan.Resolved);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailure(e);
        }
    }

    [LoggerMessage(LogLevel.Information, "资金监管：视为确认课消 {Lessons} 条，视为同意退费 {Refunds} 笔；扫描 {Institutions} 家机构，新预警 {Raised} 条，消除 {Resolved} 条")]
    private partial void LogOutcome(int lessons, int refunds, int institutions, int raised, int resolved);

    [LoggerMessage(LogLevel.Error, "资金监管定时任务运行失败")]
    private partial void LogFailure(Exception exception);
}
