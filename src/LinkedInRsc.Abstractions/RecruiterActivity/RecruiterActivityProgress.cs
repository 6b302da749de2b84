namespace LinkedInRsc.RecruiterActivity;

/// <summary>Progress of a recruiter-activity round, reported after every window delivered.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Seat">The seat.</param>
/// <param name="Kind">What is read.</param>
/// <param name="Through">How far that stream of that seat is now delivered (its new checkpoint).</param>
/// <param name="Totals">The round's counts so far.</param>
public sealed record RecruiterActivityProgress(string CustomerId, SeatUrn Seat, RecruiterActivityKind Kind, DateTimeOffset Through, RecruiterActivityCounts Totals);
