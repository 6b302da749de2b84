using System.Text;

namespace LinkedInRsc.Exports;

/// <summary>
/// The LinkedIn profile of an exported member (LinkedIn's "stub profile"): what the recruiter exported. E-mail addresses
/// are the ones the recruiter typed in, usually none.
/// </summary>
/// <remarks><see cref="ToString"/> prints the member URN only: never names, addresses or the profile's content.</remarks>
public sealed record ExportedProfile
{
    /// <summary>The member (<c>member</c>): the person URN to attach to the ATS candidate.</summary>
    public required PersonUrn Member { get; init; }

    /// <summary>The first name (<c>firstName</c>).</summary>
    public required string FirstName { get; init; }

    /// <summary>The last name (<c>lastName</c>).</summary>
    public required string LastName { get; init; }

    /// <summary>The public profile address (<c>profileUrl</c>), when LinkedIn gave one.</summary>
    public Uri? ProfileUrl { get; init; }

    /// <summary>Current employers (<c>currentEmployerNames</c>).</summary>
    public IReadOnlyList<string> CurrentEmployerNames { get; init; } = [];

    /// <summary>E-mail addresses the recruiter entered (<c>emailAddresses</c>, or a single <c>emailAddress</c>).</summary>
    public IReadOnlyList<string> EmailAddresses { get; init; } = [];

    /// <summary>The headline (<c>headline</c>), if any.</summary>
    public string? Headline { get; init; }

    /// <summary>The free-text location (<c>location</c>), if any.</summary>
    public string? Location { get; init; }

    /// <summary>Years of experience as LinkedIn words it (<c>yearsOfExperience</c>, only for recertified partners).</summary>
    public string? YearsOfExperience { get; init; }

    /// <summary>Top skills (<c>skills</c>, only for recertified partners).</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Member = ").Append(Member.ToString());
        return true;
    }
}
