namespace LinkedInRsc.Testing;

/// <summary>A Recruiter seat of a customer's contract.</summary>
/// <param name="SeatUrn">The seat URN, <c>urn:li:seat:{id}</c> (a <c>viewer</c> or <c>owners</c> value).</param>
/// <param name="ContractUrn">The contract the seat belongs to.</param>
/// <param name="MemberUrn">The seat holder's person URN.</param>
/// <param name="State">ACTIVE, INACTIVE, INVITED or PARKED.</param>
public sealed record EmulatedSeat(string SeatUrn, string ContractUrn, string MemberUrn, string State);
