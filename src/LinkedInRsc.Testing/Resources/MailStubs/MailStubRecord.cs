using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Resources.Members;

namespace LinkedInRsc.Testing.Resources.MailStubs;

/// <summary>A member's shared contact details after an InMail reply (a stub profile).</summary>
internal sealed record MailStubRecord(long Id, string ContractUrn, string OwnerSeatUrn, MemberRecord Member, string? EmailAddress, string? PhoneNumber, DateTimeOffset CreatedAt)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["id"] = Id,
            ["contract"] = ContractUrn,
            ["owner"] = OwnerSeatUrn,
            ["member"] = Member.PersonUrn,
            ["firstName"] = Member.FirstName,
            ["lastName"] = Member.LastName,
            ["profileUrl"] = Member.ProfileUrl,
            ["createdAt"] = CreatedAt.ToUnixTimeMilliseconds(),
        };
        if (EmailAddress is not null)
        {
            json["emailAddress"] = EmailAddress;
        }

        if (PhoneNumber is not null)
        {
            json["phoneNumber"] = PhoneNumber;
        }

        if (Member.Headline is not null)
        {
            json["headline"] = Member.Headline;
        }

        return json;
    }

    public override string ToString() => $"Mail stub {Id}";
}
