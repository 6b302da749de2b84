using System.Text.Json;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// An InMail stub profile (<c>mailStubs</c>): a member who answered a recruiter's InMail and agreed to share contact
/// details. Turn it into a candidate of the "LinkedIn" talent pool with an <see cref="ITalentPoolHandler"/>.
/// </summary>
/// <remarks>
/// <para>LinkedIn does not publish the element shape. The e-mail field changed from an array to a string in 2024, so
/// <c>emailAddress</c> and <c>emailAddresses</c> are both read, each as a string or an array of strings, into
/// <see cref="EmailAddresses"/>. Fields the SDK does not model are kept in <see cref="AdditionalProperties"/>.</para>
/// <para><see cref="ToString"/> shows ids only, never names or contact details.</para>
/// </remarks>
public sealed record MailStub
{
    /// <summary>The stub's id, when LinkedIn sends one.</summary>
    public string? Id { get; init; }

    /// <summary>The contract the stub belongs to.</summary>
    public ContractUrn? Contract { get; init; }

    /// <summary>The seat whose InMail the member answered (<c>owner</c>).</summary>
    public SeatUrn? Owner { get; init; }

    /// <summary>The member (<c>member</c>): the value to attach to the candidate (<c>manualMatchedMember</c>).</summary>
    public required PersonUrn Member { get; init; }

    /// <summary>The member's first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The member's last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The member's public profile address.</summary>
    public Uri? ProfileUrl { get; init; }

    /// <summary>The e-mail addresses the member shared (empty when none was shared).</summary>
    public IReadOnlyList<string> EmailAddresses { get; init; } = [];

    /// <summary>The phone number the member shared, if any.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The member's headline, if sent.</summary>
    public string? Headline { get; init; }

    /// <summary>When the stub was created (the member's reply).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Fields of LinkedIn's answer the SDK does not model, kept as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Member = ").Append(Member.ToString()).Append(", Owner = ").Append(Owner?.ToString());
        return true;
    }
}
