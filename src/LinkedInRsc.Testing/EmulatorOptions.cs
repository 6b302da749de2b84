using LinkedInRsc.Authentication;

namespace LinkedInRsc.Testing;

/// <summary>Settings of an <see cref="LinkedInRscEmulator"/>. Every property has a working default.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The default partner (parent) application client id.</summary>
    public const string DefaultPartnerClientId = "emulator-partner";

    /// <summary>The default partner (parent) application client secret. A well-known test value, not a secret.</summary>
    public const string DefaultPartnerClientSecret = "emulator-partner-secret";

    /// <summary>
    /// The TCP port the HTTP server listens on (loopback <c>127.0.0.1</c>); 0, the default, picks a free port.
    /// Used by <see cref="LinkedInRscEmulator.StartAsync(EmulatorOptions?, CancellationToken)"/> only.
    /// </summary>
    public int Port { get; set; }

    /// <summary>
    /// The clock of every time-driven behaviour: token expiry, quota windows, push retries, injected delays. Tests pass a
    /// <c>FakeTimeProvider</c>. Default <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The partner (parent) application's credentials: the only ones accepted by <c>/v2/provisionedApplications</c>.
    /// Default <see cref="DefaultPartnerClientId"/> / <see cref="DefaultPartnerClientSecret"/>.
    /// </summary>
    public ClientCredentials PartnerCredentials { get; set; } = new(DefaultPartnerClientId, DefaultPartnerClientSecret);

    /// <summary>How long an access token is valid. Default 30 minutes, as LinkedIn's client-credentials tokens.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The quotas enforced per application (defaults: LinkedIn's 100 records/batch, 10,000 records/minute, 100,000 requests/day).</summary>
    public EmulatorQuotas Quotas { get; } = new();

    /// <summary>
    /// The handler pushes (and callback challenges) are sent through. Default: a new <see cref="SocketsHttpHandler"/>,
    /// so pushes go over the network. Tests may pass an in-memory handler standing for the ATS's callback endpoint.
    /// The emulator does not dispose a handler passed here.
    /// </summary>
    public HttpMessageHandler? PushHandler { get; set; }

    /// <summary>How many times a push is attempted before it is given up. Default 6.</summary>
    public int PushMaxAttempts { get; set; } = 6;

    /// <summary>The delay before the first retry of a failed push; later retries double it. Default 30 seconds.</summary>
    public TimeSpan PushFirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether a callback URL must answer LinkedIn's challenge (<c>GET ?challengeCode=…&amp;applicationId=…</c>) before it
    /// receives pushes; the validation is repeated every 2 hours. Default true.
    /// </summary>
    public bool ValidateCallbackUrls { get; set; } = true;

    /// <summary>
    /// Whether <c>http://</c> callback URLs on a loopback host (localhost, 127.0.0.1, ::1) are accepted. LinkedIn
    /// requires HTTPS; turn this on to run the standalone emulator against a local ATS. Default false.
    /// </summary>
    public bool AllowHttpLoopbackCallbackUrls { get; set; }

    /// <summary>
    /// How many requests the journal keeps; older entries are dropped first so a long-running standalone emulator
    /// does not grow without bound. Default 10,000.
    /// </summary>
    public int JournalCapacity { get; set; } = 10_000;

    /// <summary>
    /// The longest request body kept in a journal entry, in characters; a longer one is kept cut to this length and
    /// marked <see cref="EmulatorJournalEntry.BodyTruncated"/>. Default 262,144.
    /// </summary>
    public int JournalMaxBodyLength { get; set; } = 256 * 1024;

    /// <summary>
    /// The most request-body characters the whole journal keeps; past it the oldest entries are dropped first, so
    /// large bodies cannot grow the emulator's memory without bound. Default 33,554,432 (32 Mi).
    /// </summary>
    public long JournalMaxTotalBodyLength { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// The largest request body accepted, in bytes; a larger one is answered 413 without being read further.
    /// Default 10 MiB (a batch of 100 records is far smaller).
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>
    /// How long the HTTP server waits, on <see cref="TimeProvider"/>, for a request body that stopped arriving before
    /// it closes the connection (a half-open or stalled client). Default 30 seconds.
    /// </summary>
    public TimeSpan RequestBodyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The <c>LinkedIn-Version</c> values the versioned API (<c>/rest/...</c>) accepts; any other is answered with
    /// LinkedIn's <c>426 NONEXISTENT_VERSION</c>. Default <see cref="DefaultActiveApiVersions"/>; remove one to
    /// rehearse LinkedIn retiring it.
    /// </summary>
    public ISet<string> ActiveApiVersions { get; } = new HashSet<string>(DefaultActiveApiVersions, StringComparer.Ordinal);

    /// <summary>The versions LinkedIn lists as active (202505 to 202604, with the patch release 202508.02).</summary>
    public static IReadOnlyList<string> DefaultActiveApiVersions { get; } =
        ["202505", "202506", "202507", "202508", "202508.02", "202510", "202511", "202512", "202602", "202603", "202604"];

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(JournalCapacity, 1, nameof(JournalCapacity));
        ArgumentOutOfRangeException.ThrowIfLessThan(JournalMaxBodyLength, 0, nameof(JournalMaxBodyLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(JournalMaxTotalBodyLength, 0, nameof(JournalMaxTotalBodyLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRequestBodyBytes, 1, nameof(MaxRequestBodyBytes));
        if (RequestBodyTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RequestBodyTimeout), RequestBodyTimeout, "RequestBodyTimeout must be positive, for example 30 seconds.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(Port, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535, nameof(Port));
        if (TimeProvider is null)
        {
            throw new ArgumentException("TimeProvider must not be null; use TimeProvider.System or a FakeTimeProvider.", nameof(TimeProvider));
        }

        if (PartnerCredentials is null)
        {
            throw new ArgumentException("PartnerCredentials must not be null.", nameof(PartnerCredentials));
        }

        if (TokenLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TokenLifetime), TokenLifetime, "TokenLifetime must be positive, for example 30 minutes.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(PushMaxAttempts, 1, nameof(PushMaxAttempts));
        if (PushFirstRetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(PushFirstRetryDelay), PushFirstRetryDelay, "PushFirstRetryDelay must not be negative.");
        }
    }
}
