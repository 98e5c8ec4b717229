using System.Collections.Concurrent;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EduGov.Platform.Importing;

public enum ImportJobState
{
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

/// <summary>
/// One import running in the background for one user: its progress, its outcome, and a cancel switch. Cancelling before the
/// final commit rolls the transaction back, so a cancelled import has written nothing.
/// </summary>
public sealed class ImportJob
{
    private readonly CancellationTokenSource _cancel = new();

    internal ImportJob(string kind, Guid userId, string fileName, bool dryRun, DateTimeOffset startedAt)
    {
        Kind = kind;
        UserId = userId;
        FileName = fileName;
        DryRun = dryRun;
        StartedAt = startedAt;
    }

    public Guid Id { get; } = Guid.NewGuid();
    public string Kind { get; }
    public Guid UserId { get; }
    public string FileName { get; }
    public bool DryRun { get; }
    public DateTimeOffset StartedAt { get; }
    public ImportProgress Progress { get; internal set; } = new(ImportPhases.Reading, 0, 1);
    public ImportJobState State { get; internal set; } = ImportJobState.Running;
    public ImportResult? Result { get; internal set; }
    public string? Error { get; internal set; }
    public Task Completion { get; internal set; } = Task.CompletedTask;

    internal CancellationToken Token => _cancel.Token;

    public void Cancel() => _cancel.Cancel();
}

/// <summary>Starts imports in the background and keeps each user's latest job per kind, so a page can leave and come back to it.</summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ImportJobs> logger)
{
    private readonly ConcurrentDictionary<(Guid User, string Kind), ImportJob> _latest = new();

    public ImportJob? Latest(CurrentUser user, string kind) => _latest.GetValueOrDefault((user.Id, kind));

    public ImportJob Start(CurrentUser user, string kind, byte[] content, string fileName, bool dryRun)
    {
        if (Latest(user, kind) is { State: ImportJobState.Running })
        {
            throw new ConflictException("您已有一个同类导入正在进行，请等待其完成或先取消。");
        }

        var job = new ImportJob(kind, user.Id, fileName, dryRun, clock.GetUtcNow());
        _latest[(user.Id, kind)] = job;
        job.Completion = Task.Run(() => RunAsync(job, user, content));
        return job;
    }

    private async Task RunAsync(ImportJob job, CurrentUser user, byte[] content)
    {
        using var actor = CurrentUserAccessor.Use(user);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserAccessor>().Set(user);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            job.Result = await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(job.Kind, stream, job.FileName, job.DryRun, new ImmediateProgress(p => job.Progress = p), job.Token);
            job.State = ImportJobState.Succeeded;
        }
        catch (OperationCanceledException) when (job.Token.IsCancellationRequested)
        {
            job.State = ImportJobState.Cancelled;
        }
        catch (DomainException e)
        {
            job.Error = e.Message;
            job.State = ImportJobState.Failed;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Import {Kind} of {File} failed", job.Kind, job.FileName);
            job.Error = "导入因系统错误中止，未写入任何数据。请稍后重试，或联系管理员查看日志。";
            job.State = ImportJobState.Failed;
        }
    }
}

/// <summary>Reports on the caller's thread at once (Progress&lt;T&gt; would post to a captured context that background work does not have).</summary>
public sealed class ImmediateProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
{
    public void Report(ImportProgress value) => report(value);
}
