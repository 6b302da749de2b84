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

    /// <summary>LinkedIn's StubProfile shape (reference §14 Q1a); <paramref name="emails"/> are the addresses shared, if any.</summary>
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

/// <summary>How a member matched a synced candidate.</summary>
internal enum MemberMatchType
{
    /// <summary>Same e-mail address.</summary>
    Exact,

    /// <summary>Same first and last name only: a possible match for the recruiter to confirm.</summary>
    Possible,
}

/// <summary>A member matched to a candidate.</summary>
internal sealed record MemberMatch(string PersonUrn, MemberMatchType Type);

/// <summary>The members known to the emulator, and LinkedIn's matching of synced candidates to them (reference §5).</summary>
internal sealed class MemberDirectory
{
    private readonly object _gate = new();
    private readonly Dictionary<string, MemberRecord> _members = new(StringComparer.Ordinal);

    public MemberRecord Add(MemberRecord member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (!EntityRules.IsUrn(member.PersonUrn, EntityRules.PersonUrnPrefix))
        {
            throw new ArgumentException("A member's id must be a person URN (urn:li:person:{id}).", nameof(member));
        }

        lock (_gate)
        {
            if (_members.ContainsKey(member.PersonUrn))
            {
                throw new InvalidOperationException($"A member {member.PersonUrn} already exists.");
            }

            _members[member.PersonUrn] = member;
        }

        return member;
    }

    public MemberRecord? Find(string personUrn)
    {
        lock (_gate)
        {
            return _members.GetValueOrDefault(personUrn);
        }
    }

    /// <summary>Marks a member's profile closed; closed members no longer match anything.</summary>
    public MemberRecord Close(string personUrn)
    {
        lock (_gate)
        {
            if (!_members.TryGetValue(personUrn, out var member))
            {
                throw new InvalidOperationException($"No member {personUrn} exists; add it first.");
            }

            return _members[personUrn] = member with { IsClosed = true };
        }
    }

    /// <summary>
    /// Algorithmic matches of a synced candidate: members sharing one of its e-mail addresses are exact matches;
    /// otherwise members sharing its first and last name are possible matches; otherwise none.
    /// </summary>
    public IReadOnlyList<MemberMatch> Match(JsonObject candidate)
    {
        var emails = new HashSet<string>(EntityRules.Strings(candidate, "emailAddresses"), StringComparer.OrdinalIgnoreCase);
        EntityRules.TryGetString(candidate, "firstName", out var first);
        EntityRules.TryGetString(candidate, "lastName", out var last);
        lock (_gate)
        {
            var open = _members.Values.Where(m => !m.IsClosed).OrderBy(m => m.PersonUrn, StringComparer.Ordinal).ToList();
            var exact = open.Where(m => m.EmailAddresses.Any(emails.Contains)).Select(m => new MemberMatch(m.PersonUrn, MemberMatchType.Exact)).ToList();
            if (exact.Count > 0)
            {
                return exact;
            }

            if (string.IsNullOrWhiteSpace(first) || string.IsNullOrWhiteSpace(last))
            {
                return [];
            }

            return open
                .Where(m => string.Equals(m.FirstName, first.Trim(), StringComparison.OrdinalIgnoreCase)
                    && string.Equals(m.LastName, last.Trim(), StringComparison.OrdinalIgnoreCase))
                .Select(m => new MemberMatch(m.PersonUrn, MemberMatchType.Possible))
                .ToList();
        }
    }
}
