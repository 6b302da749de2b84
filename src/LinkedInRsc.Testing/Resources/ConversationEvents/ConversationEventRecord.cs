using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Resources.Members;

namespace LinkedInRsc.Testing.Resources.ConversationEvents;

/// <summary>One InMail message of a thread owned by a seat: the recruiter's InMail or the member's reply.</summary>
internal sealed record ConversationEventRecord(string Id, string ThreadUrn, string OwnerSeatUrn, string Author, string Recipient, DateTimeOffset CreatedAt, string Subject, string Body)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["threadUrn"] = ThreadUrn,
        ["author"] = Author,
        ["recipients"] = MemberRecord.ToArray([Recipient]),
        ["createdAt"] = CreatedAt.ToUnixTimeMilliseconds(),
        ["content"] = new JsonObject
        {
            ["com.linkedin.messaging.events.MailContent"] = new JsonObject
            {
                ["subject"] = Subject,
                ["body"] = new JsonObject { ["text"] = Body },
            },
        },
    };

    /// <summary>The public view; <paramref name="mailStubCreated"/> when the message shared the member's contact details.</summary>
    public EmulatedInMail ToPublic(bool mailStubCreated) => new(ThreadUrn, Id, Author, CreatedAt, mailStubCreated);

    public override string ToString() => $"InMail {Id} in {ThreadUrn}";
}
