using System.Threading.Channels;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Messaging;
using EduGov.Platform.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduGov.Admission.Notices;

/// <summary>One text message to one family: the guardian's phone (encrypted) and what to tell them.</summary>
internal sealed record ParentNotice(string PhoneCipher, string Text);

/// <summary>
/// 通知家长: text messages to guardians when their application is returned, rejected or verified, and when results are
/// published. Queued only after the change is committed and sent in the background, so a slow or failing gateway never
/// holds up or undoes a decision; a round's publication queues one message per family without loading them in the request.
/// </summary>
internal sealed class ParentNotices
{
    private readonly Channel<Func<CancellationToken, IAsyncEnumerable<ParentNotice>>> _queue =
        Channel.CreateUnbounded<Func<CancellationToken, IAsyncEnumerable<ParentNotice>>>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(ParentNotice notice) => _queue.Writer.TryWrite(_ => One(notice));

    /// <summary>Tells every family of a published round its result, reading the round's applications when the message goes out.</summary>
    public void EnqueueResults(IDbContextFactory<AdmissionDbContext> contexts, Guid roundId) =>
        _queue.Writer.TryWrite(ct => ResultsAsync(contexts, roundId, ct));

    public static string Decided(Application application, ApplicationStatus status, string reason) => status switch
    {
        ApplicationStatus.Returned => $"【招生报名】报名号{application.Number}：材料需补正，原因：{reason}。请登录报名系统修改后重新提交。",
        ApplicationStatus.Rejected => $"【招生报名】报名号{application.Number}：报名不予受理，原因：{reason}。如有异议请联系区教育局招生办公室。",
        _ => $"【招生报名】报名号{application.Number}：材料审核已通过，优先类别为“{application.CategoryName}”，请留意摇号和录取结果公布。",
    };

    internal ChannelReader<Func<CancellationToken, IAsyncEnumerable<ParentNotice>>> Reader => _queue.Reader;

    private static async IAsyncEnumerable<ParentNotice> One(ParentNotice notice)
    {
        await Task.CompletedTask;
        yield return notice;
    }

    private static async IAsyncEnumerable<ParentNotice> ResultsAsync(
        IDbContextFactory<AdmissionDbContext> contexts, Guid roundId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var families = db.Applications.AsNoTracking()
            .Where(a => a.RoundId == roundId && a.GuardianPhoneCipher != "" && (a.Status == ApplicationStatus.Offered || a.Status == ApplicationStatus.Unplaced))
            .Select(a => new { a.Number, a.Status, a.GuardianPhoneCipher })
            .AsAsyncEnumerable();
        await foreach (var family in families.WithCancellation(ct))
        {
            var result = family.Status == ApplicationStatus.Offered ? "已被录取" : "暂未安排学位，区教育局将统筹安排";
            yield return new ParentNotice(family.GuardianPhoneCipher, $"【招生报名】报名号{family.Number}：录取结果已公布，{result}。详情请登录报名系统查看。");
        }
    }
}

/// <summary>Sends the queued notices one by one through the platform's text-message sender.</summary>
internal sealed partial class ParentNoticeSender(ParentNotices notices, ITextMessageSender sender, FieldProtector protector, ILogger<ParentNoticeSender> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var batch in notices.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await foreach (var notice in batch(stoppingToken))
                {
                    await sender.SendAsync(protector.Decrypt(notice.PhoneCipher), notice.Text, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(log, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "通知家长的短信发送失败，已跳过这一批")]
    private static partial void Failed(ILogger logger, Exception exception);
}
