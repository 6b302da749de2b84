using System.Globalization;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Resources.Members;

namespace LinkedInRsc.Testing.Resources.Seats;

/// <summary>A Recruiter seat of a contract.</summary>
internal sealed record SeatRecord(long Id, string ContractUrn, string MemberUrn, string FirstName, string LastName, string State, IReadOnlyList<string> SeatRoles)
{
    public string SeatUrn => EntityRules.SeatUrnPrefix + Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The <c>seatsV2</c> shape.</summary>
    public JsonObject ToJsonV2() => new()
    {
        ["id"] = Id,
        ["firstName"] = FirstName,
        ["lastName"] = LastName,
        ["contract"] = ContractUrn,
        ["member"] = MemberUrn,
        ["state"] = State,
        ["seatRoles"] = MemberRecord.ToArray(SeatRoles),
    };

    /// <summary>The legacy <c>seats</c> shape.</summary>
    public JsonObject ToJsonLegacy() => new()
    {
        ["id"] = Id,
        ["firstName"] = FirstName,
        ["lastName"] = LastName,
        ["contractId"] = ContractUrn,
        ["member"] = MemberUrn,
        ["active"] = State == SeatStates.Active,
        ["admin"] = SeatRoles.Contains("ADMIN_SEAT", StringComparer.Ordinal),
    };

    public EmulatedSeat ToPublic() => new(LinkedInRsc.SeatUrn.Parse(SeatUrn), LinkedInRsc.ContractUrn.Parse(ContractUrn), PersonUrn.Parse(MemberUrn), SeatStates.Parse(State));

    public override string ToString() => $"Seat {SeatUrn}";
}
