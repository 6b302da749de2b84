namespace LinkedInRsc.Testing;

/// <summary>A LinkedIn member known to the emulator.</summary>
/// <param name="PersonUrn">The member, <c>urn:li:person:{id}</c>.</param>
/// <param name="ProfileUrl">The public profile URL.</param>
public sealed record EmulatedMember(PersonUrn PersonUrn, Uri ProfileUrl)
{
    /// <summary>Never shows personal data.</summary>
    /// <returns>The person URN.</returns>
    public override string ToString() => $"Member {PersonUrn}";
}
