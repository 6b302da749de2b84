using System.Net;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// A stream of a seat (or a contract's seat list) that failed in a round. Its checkpoint did not move, so the next
/// round reads it again from where it stood; the other seats kept their progress.
/// </summary>
public sealed record RecruiterActivityIssue
{
    /// <summary>The contract.</summary>
    public required ContractUrn Contract { get; init; }

    /// <summary>The seat, or <see langword="null"/> when the contract's seats could not be listed.</summary>
    public SeatUrn? Seat { get; init; }

    /// <summary>What failed.</summary>
    public required RecruiterActivityKind Kind { get; init; }

    /// <summary>LinkedIn's status, when the failure was a response.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>Whether the failure is likely to pass (a 429, a 5xx, a timeout).</summary>
    public bool IsTransient { get; init; }

    /// <summary>What happened, safe to log: no tokens, no personal data.</summary>
    public required string Message { get; init; }

    /// <summary>LinkedIn's request id, when a response carried one.</summary>
    public string? RequestId { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        // The message is for logs the host chooses; ToString prints ids and codes only.
        builder.Append("Contract = ").Append(Contract)
            .Append(", Seat = ").Append(Seat)
            .Append(", Kind = ").Append(Kind)
            .Append(", StatusCode = ").Append(StatusCode)
            .Append(", IsTransient = ").Append(IsTransient)
            .Append(", RequestId = ").Append(RequestId);
        return true;
    }
}
