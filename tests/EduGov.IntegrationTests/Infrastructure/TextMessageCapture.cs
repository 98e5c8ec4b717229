using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EduGov.IntegrationTests.Infrastructure;

/// <summary>Reads what the development text-message sender logs, as a developer reads the console.</summary>
internal sealed partial class TextMessageCapture : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines.Where(l => l.StartsWith("短信", StringComparison.Ordinal))];

    public string LastCode => SixDigits().Match(Lines[^1]).Value;

    public static TextMessageCapture Attach(PlatformHarness harness)
    {
        var capture = new TextMessageCapture();
        harness.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        return capture;
    }

    /// <summary>Waits (up to 10 s) until <paramref name="count"/> messages have been sent by a background sender.</summary>
    public async Task<IReadOnlyList<string>> WaitForAsync(int count)
    {
        for (var waited = 0; Lines.Count < count && waited < 100; waited++)
        {
            await Task.Delay(100);
        }

        return Lines;
    }

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _lines.Enqueue(formatter(state, exception));

    public void Dispose()
    {
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
