namespace LinkedInRsc.Candidates;

/// <summary>A phone number of a candidate. Personal data: never logged.</summary>
public sealed record PhoneNumber
{
    /// <summary>The number (<c>number</c>).</summary>
    public required string Number { get; init; }

    /// <summary>The extension (<c>extension</c>).</summary>
    public string? Extension { get; init; }

    /// <summary>The type name only: the values are personal data.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => "PhoneNumber { redacted }";
}
