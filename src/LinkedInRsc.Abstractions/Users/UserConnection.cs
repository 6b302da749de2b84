namespace LinkedInRsc.Users;

/// <summary>An ATS user's connected LinkedIn identity.</summary>
/// <param name="Person">The member's person URN.</param>
/// <param name="Seat">The user's Recruiter seat on one of the customer's contracts, when found (contract level only).</param>
public sealed record UserConnection(PersonUrn Person, SeatUrn? Seat);
