namespace LinkedInRsc.Jobs;

/// <summary>
/// An ATS job synced to LinkedIn through <c>simpleJobPostings</c> (job and status shown by the In-ATS indicator).
/// The whole job is sent on every operation: a field left out becomes empty on LinkedIn.
/// </summary>
/// <remarks>
/// Give a <see cref="Location"/> (<c>"CITY, STATE"</c> or <c>"CITY, COUNTRY"</c>), or a <see cref="CountryCode"/>
/// with a <see cref="PostalCode"/>. <see cref="ToString"/> prints the id, state, availability and listing date only,
/// never the texts a customer wrote.
/// </remarks>
public sealed record AtsJobPosting
{
    /// <summary>The ATS's id of the job (<c>externalJobPostingId</c>); applications refer to it as their job id.</summary>
    public required string ExternalJobPostingId { get; init; }

    /// <summary>The title (<c>title</c>), at most 200 characters.</summary>
    public required string Title { get; init; }

    /// <summary>The description (<c>description</c>).</summary>
    public required string Description { get; init; }

    /// <summary>Where candidates apply (<c>companyApplyUrl</c>), an absolute http(s) address.</summary>
    public required Uri CompanyApplyUrl { get; init; }

    /// <summary>When the job was listed (<c>listedAt</c>, epoch milliseconds on the wire; must be after 1970).</summary>
    public required DateTimeOffset ListedAt { get; init; }

    /// <summary>Whether the job is open or closed (<c>state</c>: <c>LISTED</c> or <c>CLOSED</c>).</summary>
    public required JobPostingState State { get; init; }

    /// <summary>Who sees the job (<c>availability</c>); defaults to <see cref="JobPostingAvailability.PrivateToAtsIntegration"/>.</summary>
    public JobPostingAvailability Availability { get; init; } = JobPostingAvailability.PrivateToAtsIntegration;

    /// <summary>The location as text (<c>location</c>), e.g. <c>"Sunnyvale, CA"</c>.</summary>
    public string? Location { get; init; }

    /// <summary>The two-letter country code (<c>countryCode</c>), with <see cref="PostalCode"/> instead of <see cref="Location"/>.</summary>
    public string? CountryCode { get; init; }

    /// <summary>The postal code (<c>postalCode</c>), with <see cref="CountryCode"/>.</summary>
    public string? PostalCode { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("ExternalJobPostingId = ").Append(ExternalJobPostingId)
            .Append(", State = ").Append(State.Value)
            .Append(", Availability = ").Append(Availability.Value)
            .Append(", ListedAt = ").Append(ListedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
