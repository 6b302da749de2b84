using System.Text.Json;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// A Recruiter seat of one of the customer's contracts: one recruiter's licence, the unit InMail history, prospect
/// notes and stub profiles are read by. Read from <c>seatsV2</c> (or, as a fallback, the legacy <c>seats</c> finder).
/// </summary>
/// <remarks><see cref="ToString"/> shows the seat URN and state only, never the holder's name.</remarks>
public sealed record Seat
{
    /// <summary>The seat (<c>urn:li:seat:{id}</c>), the <c>viewer</c> and <c>owners</c> value of the activity finders.</summary>
    public required SeatUrn Urn { get; init; }

    /// <summary>The contract the seat belongs to.</summary>
    public required ContractUrn Contract { get; init; }

    /// <summary>The seat holder (<c>member</c>); match ATS users to seats by it.</summary>
    public PersonUrn? Member { get; init; }

    /// <summary>The holder's first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The holder's last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The seat's state; the legacy finder only tells <see cref="SeatState.Active"/> from <see cref="SeatState.Inactive"/>.</summary>
    public SeatState State { get; init; }

    /// <summary>
    /// The seat roles as LinkedIn names them (<c>ADMIN_SEAT</c>, <c>SOURCER_ADD_PROSPECT</c>, …); the legacy finder's
    /// <c>admin: true</c> reads as <c>ADMIN_SEAT</c>.
    /// </summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Fields of LinkedIn's answer the SDK does not model, kept as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Urn = ").Append(Urn.ToString()).Append(", Contract = ").Append(Contract.ToString()).Append(", State = ").Append(State.Value);
        return true;
    }
}
