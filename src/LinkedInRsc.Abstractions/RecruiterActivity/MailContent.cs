namespace LinkedInRsc.RecruiterActivity;

/// <summary>The mail content of an InMail message (the <c>com.linkedin.messaging.events.MailContent</c> member of <c>content</c>).</summary>
/// <remarks><see cref="ToString"/> never shows the subject or the text.</remarks>
public sealed record MailContent
{
    /// <summary>The subject.</summary>
    public string? Subject { get; init; }

    /// <summary>The text (<c>body.text</c>).</summary>
    public string? Body { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Subject = ").Append(Subject is null ? "null" : "***").Append(", Body = ").Append(Body is null ? "null" : "***");
        return true;
    }
}
