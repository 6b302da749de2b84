namespace LinkedInRsc;

/// <summary>A person of the ATS who wrote a note or gave interview feedback. Both names are required when an actor is given.</summary>
/// <remarks><see cref="ToString"/> does not print the names.</remarks>
public sealed record Actor
{
    /// <summary>The first name (<c>firstName</c>).</summary>
    public required string FirstName { get; init; }

    /// <summary>The last name (<c>lastName</c>).</summary>
    public required string LastName { get; init; }

    /// <summary>The type name only: the values are personal data.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => "Actor { redacted }";
}
