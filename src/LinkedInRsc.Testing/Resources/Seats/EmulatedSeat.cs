namespace LinkedInRsc.Testing;

/// <summary>A Recruiter seat of a customer's contract.</summary>
/// <param name="SeatUrn">The seat URN, <c>urn:li:seat:{id}</c> (a <c>viewer</c> or <c>owners</c> value).</param>
/// <param name="ContractUrn">The contract the seat belongs to.</param>
/// <param name="MemberUrn">The seat holder.</param>
/// <param name="State">The seat's state.</param>
public sealed record EmulatedSeat(SeatUrn SeatUrn, ContractUrn ContractUrn, PersonUrn MemberUrn, EmulatedSeatState State);
