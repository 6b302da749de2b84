namespace LinkedInRsc.RecruiterActivity;

/// <summary>How far one stream of one seat was delivered: everything before <see cref="Through"/> reached the sinks.</summary>
/// <param name="Through">The end (exclusive) of the last window delivered.</param>
public sealed record RecruiterActivityCheckpoint(DateTimeOffset Through);
