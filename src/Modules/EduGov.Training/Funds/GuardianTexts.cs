using System.Threading.Channels;
using EduGov.Platform.Messaging;
using EduGov.Platform.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduGov.Training.Funds;

/// <summary>One text message to a guardian: the phone (encrypted) and the text.</summary>
internal sealed record GuardianText(string PhoneCipher, string Text);

/// <summary>
/// 课消确认短信: queued only after the lessons are saved and sent in the background, so a slow gateway never holds up the
/// institution. The link is the platform's public address (setting <c>Training:PublicAddress</c>) plus the confirm page.
/// </summary>
internal sealed class GuardianTexts(IServiceProvider services)
{
    private readonly Channel<GuardianText> _queue = Channel.CreateUnbounded<GuardianText>(new UnboundedChannelOptions { SingleReader = true });

    internal ChannelReader<GuardianText> Reader => _queue.Reader;

    private readonly string _address = (services.GetService<IConfiguration>()?["Training:PublicAddress"] ?? "").TrimEnd('/');

    public string LinkFor(string token) => $"{_address}/training/confirm/{token}";

    public void Enqueue(GuardianText text) => _queue.Writer.TryWrite(text);
}

internal sealed partial class GuardianTextSender(GuardianTexts texts, ITextMessageSender sender, FieldProtector protector, ILogger<GuardianTextSender> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var text in texts.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await sender.SendAsync(protector.Decrypt(text.PhoneCipher), text.Text, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(log, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "课消确认短信发送失败，已跳过")]
    private static partial void Failed(ILogger logger, Exception exception);
}
