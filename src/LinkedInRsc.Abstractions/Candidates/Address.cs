using System.Text;

namespace LinkedInRsc.Candidates;

/// <summary>A postal address of a candidate. Personal data: never logged.</summary>
public sealed record Address
{
    /// <summary>The first line (<c>line1</c>).</summary>
    public string? Line1 { get; init; }

    /// <summary>The city (<c>city</c>).</summary>
    public string? City { get; init; }

    /// <summary>The state, province or region (<c>geographicArea</c>).</summary>
    public string? GeographicArea { get; init; }

    /// <summary>What <see cref="GeographicArea"/> is (<c>geographicAreaType</c>).</summary>
    public GeographicAreaType? GeographicAreaType { get; init; }

    /// <summary>The postal code (<c>postalCode</c>).</summary>
    public string? PostalCode { get; init; }

    /// <summary>The two-letter country code (<c>country</c>).</summary>
    public string? Country { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Country = ").Append(Country);
        return true;
    }
}
