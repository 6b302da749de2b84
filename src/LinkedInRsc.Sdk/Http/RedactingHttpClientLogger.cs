using System.Collections;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Http;

/// <summary>
/// Stands in for <c>IHttpClientFactory</c>'s default request logging on the SDK's two HTTP clients, under the same
/// categories (<c>System.Net.Http.HttpClient.{client}.LogicalHandler</c> and <c>.ClientHandler</c>), event ids, names,
/// levels and message templates, so that log filters written for the default keep working. The difference: the default
/// logger redacts a header only in its formatted message and keeps the raw value in the entry's structured state
/// (which structured sinks export); this one never holds the raw value of a redacted header (always
/// <c>Authorization</c>, <c>Proxy-Authorization</c>, <c>Cookie</c>, <c>Set-Cookie</c>, plus what the client's
/// <c>RedactLoggedHeaders</c> names), and logs an address without its query string.
/// </summary>
internal sealed class RedactingHttpClientLogger : IHttpClientLogger
{
    private const string Redacted = "*";

    private static readonly HashSet<string> AlwaysRedacted = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie" };

    private readonly ILogger _logger;
    private readonly Func<string, bool> _shouldRedact;
    private readonly bool _logical;

    private RedactingHttpClientLogger(ILogger logger, Func<string, bool> shouldRedact, bool logical)
    {
        _logger = logger;
        _shouldRedact = shouldRedact;
        _logical = logical;
    }

    /// <summary>Creates the logger of one named client, outermost (<paramref name="logical"/>) or innermost.</summary>
    /// <param name="services">The services, for the logger factory and the client's header redaction setting.</param>
    /// <param name="clientName">The name of the HTTP client.</param>
    /// <param name="logical">True for the logger around the whole handler pipeline (one entry per call), false for the one around each attempt.</param>
    /// <returns>The logger.</returns>
    public static RedactingHttpClientLogger Create(IServiceProvider services, string clientName, bool logical)
    {
        ILoggerFactory factory = (ILoggerFactory?)services.GetService(typeof(ILoggerFactory)) ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance;
        var options = (IOptionsMonitor<HttpClientFactoryOptions>?)services.GetService(typeof(IOptionsMonitor<HttpClientFactoryOptions>));
        Func<string, bool> configured = options?.Get(clientName).ShouldRedactHeaderValue ?? (static _ => false);
        string category = "System.Net.Http.HttpClient." + clientName + (logical ? ".LogicalHandler" : ".ClientHandler");
        return new RedactingHttpClientLogger(factory.CreateLogger(category), header => AlwaysRedacted.Contains(header) || configured(header), logical);
    }

    /// <inheritdoc />
    public object? LogRequestStart(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            string method = request.Method.Method;
            string? uri = AddressOf(request.RequestUri);
            if (_logical)
            {
                _logger.Log(LogLevel.Information, new EventId(100, "RequestPipelineStart"), new LogState("Start processing HTTP request {HttpMethod} {Uri}", ("HttpMethod", method), ("Uri", uri)), null, LogState.Format);
            }
            else
            {
                _logger.Log(LogLevel.Information, new EventId(100, "RequestStart"), new LogState("Sending HTTP request {HttpMethod} {Uri}", ("HttpMethod", method), ("Uri", uri)), null, LogState.Format);
            }
        }

        if (_logger.IsEnabled(LogLevel.Trace))
        {
            LogHeaders(new EventId(102, _logical ? "RequestPipelineRequestHeader" : "RequestHeader"), "Request Headers:", request.Headers, request.Content?.Headers);
        }

        return null;
    }

    /// <inheritdoc />
    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            LogHeaders(new EventId(103, _logical ? "RequestPipelineResponseHeader" : "ResponseHeader"), "Response Headers:", response.Headers, response.Content?.Headers);
        }

        if (_logger.IsEnabled(LogLevel.Information))
        {
            (string Name, object? Value)[] values = [("ElapsedMilliseconds", elapsed.TotalMilliseconds), ("StatusCode", (int)response.StatusCode)];
            LogState state = _logical
                ? new LogState("End processing HTTP request after {ElapsedMilliseconds}ms - {StatusCode}", values)
                : new LogState("Received HTTP response headers after {ElapsedMilliseconds}ms - {StatusCode}", values);
            _logger.Log(LogLevel.Information, new EventId(101, _logical ? "RequestPipelineEnd" : "RequestEnd"), state, null, LogState.Format);
        }
    }

    /// <inheritdoc />
    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed)
    {
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.Log(LogLevel.Information, new EventId(104, _logical ? "PipelineFailed" : "RequestFailed"),
                new LogState("HTTP request failed after {ElapsedMilliseconds}ms", ("ElapsedMilliseconds", elapsed.TotalMilliseconds)), exception, LogState.Format);
        }
    }

    private static string? AddressOf(Uri? uri)
    {
        if (uri is null)
        {
            return null;
        }

        if (!uri.IsAbsoluteUri)
        {
            int query = uri.OriginalString.IndexOf('?', StringComparison.Ordinal);
            return query < 0 ? uri.OriginalString : uri.OriginalString[..query] + "?*";
        }

        string path = uri.GetLeftPart(UriPartial.Path);
        return uri.Query.Length > 0 ? path + "?*" : path;
    }

    private void LogHeaders(EventId eventId, string title, HttpHeaders headers, HttpHeaders? contentHeaders)
    {
        var values = new List<(string Name, object? Value)>();
        var text = new StringBuilder(title).AppendLine();
        foreach (HttpHeaders group in contentHeaders is null ? [headers] : new[] { headers, contentHeaders })
        {
            foreach (KeyValuePair<string, IEnumerable<string>> header in group)
            {
                string value = _shouldRedact(header.Key) ? Redacted : string.Join(", ", header.Value);
                values.Add((header.Key, value));
                text.Append(header.Key).Append(": ").AppendLine(value);
            }
        }

        var state = new LogState(text.ToString(), values.ToArray(), literal: true);
        _logger.Log(LogLevel.Trace, eventId, state, null, LogState.Format);
    }

    /// <summary>A log entry's structured state: its values by name and, for a message template, the template as <c>{OriginalFormat}</c>.</summary>
    private sealed class LogState : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly string _template;
        private readonly (string Name, object? Value)[] _values;
        private readonly bool _literal;

        public LogState(string template, params (string Name, object? Value)[] values)
            : this(template, values, literal: false)
        {
        }

        public LogState(string template, (string Name, object? Value)[] values, bool literal)
        {
            _template = template;
            _values = values;
            _literal = literal;
        }

        // A header list is not a template (a header value may hold braces): it has no {OriginalFormat}.
        public int Count => _literal ? _values.Length : _values.Length + 1;

        public KeyValuePair<string, object?> this[int index] => index == _values.Length
            ? new("{OriginalFormat}", _template)
            : new(_values[index].Name, _values[index].Value);

        public static string Format(LogState state, Exception? exception) => state.ToString();

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (int i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString()
        {
            if (_literal)
            {
                return _template;
            }

            string text = _template;
            foreach ((string name, object? value) in _values)
            {
                string shown = value is double d ? d.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : value?.ToString() ?? "(null)";
                text = text.Replace("{" + name + "}", shown, StringComparison.Ordinal);
            }

            return text;
        }
    }
}
