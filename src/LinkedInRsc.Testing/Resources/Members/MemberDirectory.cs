using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Members;

/// <summary>The members known to the emulator, and LinkedIn's matching of synced candidates to them.</summary>
internal sealed class MemberDirectory : IEmulatorStore<MemberDirectory>
{
    private readonly object _gate = new();
    private readonly Dictionary<string, MemberRecord> _members = new(StringComparer.Ordinal);

    private long _nextPerson = 70_000;

    public static MemberDirectory Create(EmulatorStores stores) => new();

    /// <summary>A new person id (the part after <c>urn:li:person:</c>), unique in this emulator.</summary>
    public string NextPersonId() => "m" + Interlocked.Increment(ref _nextPerson).ToString(System.Globalization.CultureInfo.InvariantCulture);

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
