namespace LinkedInRsc.Exports;

/// <summary>Why an export was not placed, with a message safe to log (ids only).</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Message">What to tell the customer's admin, without candidate data.</param>
public sealed record ExportRefusal(ExportRefusalReason Reason, string Message)
{
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        // The message is the host's text, which may name the candidate: only the reason is printed.
        builder.Append("Reason = ").Append(Reason);
        return true;
    }
}
