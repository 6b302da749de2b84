namespace LinkedInRsc.Testing;

/// <summary>What to seed for a LinkedIn member (see <see cref="EmulatorRecruiterActions.AddMemberAsync"/>).</summary>
public sealed record EmulatedMemberSetup
{
    /// <summary>The member's first name.</summary>
    public required string FirstName { get; init; }

    /// <summary>The member's last name.</summary>
    public required string LastName { get; init; }

    /// <summary>The member's e-mail addresses (X@X.X); synced candidates with one of them match the member exactly.</summary>
    public IReadOnlyList<string> EmailAddresses { get; init; } = [];

    /// <summary>The member's person URN (<c>urn:li:person:{id}</c>); generated when null.</summary>
    public PersonUrn? PersonUrn { get; init; }

    /// <summary>The profile headline, if any.</summary>
    public string? Headline { get; init; }

    /// <summary>The free-text location, if any.</summary>
    public string? Location { get; init; }

    /// <summary>Current employers' names.</summary>
    public IReadOnlyList<string> CurrentEmployerNames { get; init; } = [];

    /// <summary>Never shows personal data.</summary>
    /// <returns>A description without names or e-mail addresses.</returns>
    public override string ToString() => "EmulatedMemberSetup";
}
