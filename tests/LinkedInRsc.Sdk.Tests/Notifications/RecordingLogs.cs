using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LinkedInRsc.Sdk.Tests.Notifications;

/// <summary>Every log message the SDK wrote, to check that no body, secret or candidate data reaches a log.</summary>
internal sealed class RecordingLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Messages.Enqueue(formatter(state, exception) + (exception is null ? string.Empty : " " + exception.Message));
    }
}
