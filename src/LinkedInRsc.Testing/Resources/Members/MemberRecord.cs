using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Resources.Members;

/// <summary>A LinkedIn member as the emulator knows them (seeded by tests).</summary>
internal sealed record MemberRecord(
    string PersonUrn,
    string FirstName,
    string LastName,
    IReadOnlyList<string> EmailAddresses,
    string ProfileUrl,
    string? Headline,
    string? Location,
    IReadOnlyList<string> CurrentEmployerNames)
{
    /// <summary>True once the member closed their LinkedIn profile.</summary>
    public bool IsClosed { get; init; }

    /// <summary>LinkedIn's StubProfile shape; <paramref name="emails"/> are the addresses shared, if any.</summary>
    public JsonObject ToStubProfile(IEnumerable<string>? emails = null)
    {
        var profile = new JsonObject
        {
            ["firstName"] = FirstName,
            ["lastName"] = LastName,
            ["member"] = PersonUrn,
            ["profileUrl"] = ProfileUrl,
            ["currentEmployerNames"] = ToArray(CurrentEmployerNames),
            ["emailAddresses"] = ToArray(emails ?? []),
        };
        if (Headline is not null)
        {
            profile["headline"] = Headline;
        }

        if (Location is not null)
        {
            profile["location"] = Location;
        }

        return profile;
    }

    /// <summary>Never shows personal data.</summary>
    public override string ToString() => $"Member {PersonUrn}";

    internal static JsonArray ToArray(IEnumerable<string> values)
    {
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add((JsonNode?)JsonValue.Create(value));
        }

        return array;
    }
}
