using System.Globalization;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>What a recruiter-activity checkpoint is kept for: one stream of one seat of one customer.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Seat">The seat.</param>
/// <param name="Kind">What is read.</param>
public readonly record struct RecruiterActivityCheckpointKey(string CustomerId, SeatUrn Seat, RecruiterActivityKind Kind)
{
    /// <summary>A stable text form, <c>{customer}/{seat id}/{stream}</c>, for stores that key by string.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{CustomerId}/{Seat.Id}/{Kind}");
}
