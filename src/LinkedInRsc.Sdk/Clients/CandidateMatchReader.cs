using System.Text.Json;
using LinkedInRsc.Candidates;
using LinkedInRsc.Internal;

namespace LinkedInRsc.Clients;

/// <summary>
/// Reads <c>matchedMembers</c> and <c>manualMatchedMember</c> of a candidate and resolves them to the outcome a recruiter
/// sees. LinkedIn does not publish the element shape of <c>matchedMembers</c>: a bare person URN and an object with the
/// member under <c>member</c>/<c>memberUrn</c>/<c>person</c> and the type under <c>matchType</c>/<c>type</c> are read.
/// </summary>
internal static class CandidateMatchReader
{
    private static readonly string[] MemberFields = ["member", "memberUrn", "person"];
    private static readonly string[] TypeFields = ["matchType", "type", "matchStatus"];

    public static CandidateMatch NotSynced(string atsCandidateId) => new() { AtsCandidateId = atsCandidateId, Outcome = MatchOutcome.NotSynced };

    public static CandidateMatch Read(string atsCandidateId, JsonElement entity)
    {
        PersonUrn? manual = JsonRead.String(entity, "manualMatchedMember") is { } m && PersonUrn.TryParse(m, out PersonUrn urn) ? urn : null;
        var matched = new List<MatchedMember>();
        if (entity.ValueKind == JsonValueKind.Object && entity.TryGetProperty("matchedMembers", out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in array.EnumerateArray())
            {
                if (ReadMember(item) is { } member)
                {
                    matched.Add(member);
                }
            }
        }

        return Resolve(atsCandidateId, manual, matched);
    }

    /// <summary>Attached member → exact; else one exact match → exact; else the other matches → possible; else none.</summary>
    internal static CandidateMatch Resolve(string atsCandidateId, PersonUrn? manual, IReadOnlyList<MatchedMember> matched)
    {
        var exact = matched.Where(x => x.MatchType == MemberMatchType.Exact).Select(x => x.Member).Distinct().ToList();
        MatchOutcome outcome = MatchOutcome.NoMatch;
        PersonUrn? member = null;
        IReadOnlyList<PersonUrn> possible = [];
        if (manual is { } attached)
        {
            (outcome, member) = (MatchOutcome.ExactMatch, attached);
        }
        else if (exact.Count == 1)
        {
            (outcome, member) = (MatchOutcome.ExactMatch, exact[0]);
        }
        else if (matched.Count > 0)
        {
            (outcome, possible) = (MatchOutcome.PossibleMatches, [.. matched.Select(x => x.Member).Distinct()]);
        }

        return new CandidateMatch
        {
            AtsCandidateId = atsCandidateId,
            Outcome = outcome,
            Member = member,
            PossibleMembers = possible,
            ManualMatchedMember = manual,
            MatchedMembers = matched,
        };
    }

    private static MatchedMember? ReadMember(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            return PersonUrn.TryParse(item.GetString(), out PersonUrn bare) ? new MatchedMember(bare, default) : null;
        }

        string? urn = MemberFields.Select(f => JsonRead.String(item, f)).FirstOrDefault(v => v is not null);
        if (!PersonUrn.TryParse(urn, out PersonUrn member))
        {
            return null;
        }

        string? type = TypeFields.Select(f => JsonRead.String(item, f)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        return new MatchedMember(member, type is null ? default : new MemberMatchType(type));
    }
}
