using EduGov.Platform.Privacy;
using Microsoft.Extensions.Logging;

namespace EduGov.Platform.Messaging;

/// <summary>Sends a text message (短信) to a mobile phone. Deployments register their carrier's gateway in its place.</summary>
public interface ITextMessageSender
{
    Task SendAsync(string phone, string text, CancellationToken ct = default);
}

/// <summary>
/// The development sender: nothing leaves the machine; the message is written to the log with the phone number masked,
/// so that a developer (or a browser test) can read a one-time code from the console.
/// </summary>
public sealed partial class LoggingTextMessageSender(ILogger<LoggingTextMessageSender> log) : ITextMessageSender
{
    public Task SendAsync(string phone, string text, CancellationToken ct = default)
    {
        Sent(log, Masking.Phone(phone), text);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "短信（开发环境，未实际发送）→ {Phone}：{Text}")]
    private static partial void Sent(ILogger logger, string phone, string text);
}
