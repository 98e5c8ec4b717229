using EduGov.Platform.Audit;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduGov.Training.Credit;

/// <summary>Recomputes every institution: records past their publication expire, new licences reach the white list.</summary>
public static class RecomputeCredit
{
    public const string ActorName = "信用自动评价";

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CreditEngine engine)
    {
        public async Task HandleAsync(CancellationToken ct = default)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            using (AuditScope.Summarize(nameof(Domain.CreditRecord), "每日信用重算：到期记录停止公示，更新等级、红黄牌和名单"))
            {
                await engine.RecomputeAsync(db, null, "每日信用重算", ct);
                await db.SaveChangesAsync(ct);
            }
        }
    }
}

/// <summary>Runs <see cref="RecomputeCredit"/> at start and then daily while the platform runs.</summary>
internal sealed partial class CreditWatcher(IServiceScopeFactory scopes, PermissionCatalog catalog, TimeProvider clock, ILogger<CreditWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(24);

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
            using (CurrentUserAccessor.Use(CurrentUser.System(RecomputeCredit.ActorName, catalog)))
            {
                await scope.ServiceProvider.GetRequiredService<RecomputeCredit.Handler>().HandleAsync(ct);
                LogDone();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailure(e);
        }
    }

    [LoggerMessage(LogLevel.Information, "信用自动评价已完成")]
    private partial void LogDone();

    [LoggerMessage(LogLevel.Error, "信用自动评价运行失败")]
    private partial void LogFailure(Exception exception);
}
