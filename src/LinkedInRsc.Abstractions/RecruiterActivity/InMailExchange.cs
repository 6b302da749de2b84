namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// That another recruiter of the organization exchanged InMail with the candidate, and when: what an ATS user may see
/// of a conversation that is not theirs. It holds no subject and no text, by design.
/// </summary>
/// <param name="Seat">The other recruiter's seat.</param>
/// <param name="FirstExchangedAt">The first message of that seat's conversations with the candidate.</param>
/// <param name="LastExchangedAt">The latest message.</param>
/// <param name="Threads">How many conversations (threads) that seat had with the candidate.</param>
public sealed record InMailExchange(SeatUrn Seat, DateTimeOffset FirstExchangedAt, DateTimeOffset LastExchangedAt, int Threads);
