using System.Text.Json;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// One InMail message of a recruiter's conversation with a member (<c>conversationEvents</c>): the recruiter's InMail or
/// the member's reply, as seen by the seat it was read for.
/// </summary>
/// <remarks>
/// <para>LinkedIn's element shape is known from one sample only: <c>author</c>, <c>recipients</c>, <c>createdAt</c>,
/// <c>id</c>, <c>threadUrn</c> and a <c>content</c> union. Fields the SDK does not model are kept in
/// <see cref="AdditionalProperties"/>, and a content type other than mail content in <see cref="RawContent"/>.</para>
/// <para>Show a message to ATS users through <see cref="InMailHistory"/>, which applies the visibility rule.
/// <see cref="ToString"/> never shows the content.</para>
/// </remarks>
public sealed record ConversationEvent
{
    /// <summary>The seat this event was read for (the finder's <c>viewer</c>): the recruiter whose conversation it is.</summary>
    public required SeatUrn Viewer { get; init; }

    /// <summary>The conversation thread (<c>threadUrn</c>, <c>urn:li:messagingThread:{id}</c>).</summary>
    public required string ThreadUrn { get; init; }

    /// <summary>The message id (<c>id</c>); not unique on its own, see <see cref="Key"/>.</summary>
    public required string Id { get; init; }

    /// <summary>When the message was created (<c>createdAt</c>).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The author's URN as sent (<c>author</c>): a seat URN for the recruiter, a person URN for the member.</summary>
    public required string Author { get; init; }

    /// <summary>The recipients' URNs as sent (<c>recipients</c>).</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The mail content, when <c>content</c> held mail content.</summary>
    public MailContent? Content { get; init; }

    /// <summary>The <c>content</c> union as sent, when it held a member type the SDK does not model.</summary>
    public JsonElement? RawContent { get; init; }

    /// <summary>Fields of LinkedIn's answer the SDK does not model, kept as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>Who wrote it, from the URN type of <see cref="Author"/>.</summary>
    public InMailDirection Direction =>
        SeatUrn.TryParse(Author, out _) ? InMailDirection.FromRecruiter
        : PersonUrn.TryParse(Author, out _) ? InMailDirection.FromMember
        : InMailDirection.Unknown;

    /// <summary>
    /// The member of the conversation: the author when the member wrote it, else the first recipient that is a person
    /// URN; <see langword="null"/> when neither is.
    /// </summary>
    public PersonUrn? Member
    {
        get
        {
            if (PersonUrn.TryParse(Author, out PersonUrn author))
            {
                return author;
            }

            foreach (string recipient in Recipients)
            {
                if (PersonUrn.TryParse(recipient, out PersonUrn person))
                {
                    return person;
                }
            }

            return null;
        }
    }

    /// <summary>What identifies the message: thread, id and creation time.</summary>
    public ConversationEventKey Key => new(ThreadUrn, Id, CreatedAt);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Viewer = ").Append(Viewer.ToString()).Append(", ThreadUrn = ").Append(ThreadUrn).Append(", Id = ").Append(Id)
            .Append(", CreatedAt = ").Append(CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append(", Direction = ").Append(Direction);
        return true;
    }
}
