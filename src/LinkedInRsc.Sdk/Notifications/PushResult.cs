using LinkedInRsc.Exports;

namespace LinkedInRsc.Notifications;

/// <summary>
/// What to answer LinkedIn and what happened: the status code, content type and body to send back, the outcome, and
/// for a refusal its reason. A 2xx status acknowledges the push; anything else makes LinkedIn deliver it again.
/// </summary>
public sealed record PushResult
{
    /// <summary>The HTTP status to answer with.</summary>
    public required int StatusCode { get; init; }

    /// <summary>The content type of <see cref="Body"/>, when there is one.</summary>
    public string? ContentType { get; init; }

    /// <summary>The body to answer with (the challenge answer, or a short reason safe to show), when there is one.</summary>
    public string? Body { get; init; }

    /// <summary>What happened.</summary>
    public required PushOutcome Outcome { get; init; }

    /// <summary>Why the push was refused, when <see cref="Outcome"/> is <see cref="PushOutcome.Refused"/>.</summary>
    public PushRefusalReason? Refusal { get; init; }

    /// <summary>The notifications the push carried (empty when refused before reading them).</summary>
    public IReadOnlyList<PushNotification> Notifications { get; init; } = [];

    /// <summary>The exports of this push that were not placed, with the reason (the host's, or the SDK's own check).</summary>
    public IReadOnlyList<ExportRefusal> ExportRefusals { get; init; } = [];

    /// <summary>Whether the answer acknowledges the push (a 2xx status).</summary>
    public bool IsAcknowledged => StatusCode is >= 200 and < 300;

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        // The body may be a challenge answer (an HMAC under the customer's secret): it is not printed.
        builder.Append("StatusCode = ").Append(StatusCode)
            .Append(", Outcome = ").Append(Outcome)
            .Append(", Refusal = ").Append(Refusal)
            .Append(", HasBody = ").Append(Body is not null)
            .Append(", Notifications = ").Append(Notifications.Count)
            .Append(", ExportRefusals = ").Append(ExportRefusals.Count);
        return true;
    }
}
