using System.Text.Json;
using LinkedInRsc.Internal;

namespace LinkedInRsc.Exports;

/// <summary>
/// Reads LinkedIn's exported-candidate and purged-candidate elements leniently. LinkedIn confirms the stub profile and
/// <c>integrationContext</c>; for the job, the exporter and the times every plausible field name is tried, in the order
/// of the tables below (the one place to change when LinkedIn confirms a name).
/// </summary>
internal static class ExportedCandidateReader
{
    internal static readonly string[] ProfileFields = ["candidate", "profile", "stubProfile"];
    internal static readonly string[] JobFields = ["atsJobPostingId", "externalJobPostingId", "jobPostingId", "atsJobId", "jobId"];
    internal static readonly string[] ExporterFields = ["exporter", "exporterSeat", "exportedBy", "seat", "owner", "exporterMember", "exporterPerson"];
    internal static readonly string[] ExportedAtFields = ["exportedAt", "createdAt", "created"];
    internal static readonly string[] PurgedMemberFields = ["member", "memberUrn", "person", "candidate"];
    internal static readonly string[] PurgedAtFields = ["purgedAt", "closedAt", "purgedDate", "lastModifiedAt"];

    public static ExportedCandidate? Read(JsonElement element, string requestId)
    {
        JsonElement? profileElement = FirstObject(element, ProfileFields);
        string? context = JsonRead.String(element, "integrationContext");
        if (profileElement is not { } p || string.IsNullOrWhiteSpace(context) || ReadProfile(p) is not { } profile)
        {
            return null;
        }

        SeatUrn? seat = null;
        PersonUrn? person = null;
        foreach (string field in ExporterFields)
        {
            string? value = JsonRead.String(element, field) ?? (JsonRead.Object(element, field) is { } o ? JsonRead.String(o, "seat") ?? JsonRead.String(o, "member") : null);
            if (value is null)
            {
                continue;
            }

            if (seat is null && SeatUrn.TryParse(value, out SeatUrn s))
            {
                seat = s;
            }
            else if (person is null && PersonUrn.TryParse(value, out PersonUrn m))
            {
                person = m;
            }
        }

        return new ExportedCandidate
        {
            RequestId = JsonRead.String(element, "requestId") ?? requestId,
            IntegrationContext = context,
            Profile = profile,
            AtsJobPostingId = First(element, JobFields),
            ExporterSeat = seat,
            ExporterMember = person,
            ExportedAt = Time(element, ExportedAtFields),
        };
    }

    public static PurgedCandidate? ReadPurged(JsonElement element, string organization)
    {
        foreach (string field in PurgedMemberFields)
        {
            string? value = JsonRead.String(element, field) ?? (JsonRead.Object(element, field) is { } o ? JsonRead.String(o, "member") : null);
            if (value is not null && PersonUrn.TryParse(value, out PersonUrn member))
            {
                return new PurgedCandidate(member, JsonRead.String(element, "integrationContext") ?? organization, Time(element, PurgedAtFields));
            }
        }

        return null;
    }

    private static ExportedProfile? ReadProfile(JsonElement profile)
    {
        if (JsonRead.String(profile, "member") is not { } member || !PersonUrn.TryParse(member, out PersonUrn urn))
        {
            return null;
        }

        string? url = JsonRead.String(profile, "profileUrl");
        return new ExportedProfile
        {
            Member = urn,
            FirstName = JsonRead.String(profile, "firstName") ?? string.Empty,
            LastName = JsonRead.String(profile, "lastName") ?? string.Empty,
            ProfileUrl = url is not null && Uri.TryCreate(url, UriKind.Absolute, out Uri? u) ? u : null,
            CurrentEmployerNames = JsonRead.Strings(profile, "currentEmployerNames"),

            // LinkedIn's pages disagree: emailAddresses (array) on the stub profile, emailAddress (string) in a release note.
            EmailAddresses = [.. StringOrArray(profile, "emailAddresses").Concat(StringOrArray(profile, "emailAddress")).Distinct(StringComparer.OrdinalIgnoreCase)],
            Headline = JsonRead.String(profile, "headline"),
            Location = JsonRead.String(profile, "location"),
            YearsOfExperience = JsonRead.String(profile, "yearsOfExperience"),
            Skills = JsonRead.Strings(profile, "skills"),
        };
    }

    private static IEnumerable<string> StringOrArray(JsonElement element, string name) =>
        JsonRead.String(element, name) is { } single ? [single] : JsonRead.Strings(element, name);

    private static string? First(JsonElement element, string[] fields) =>
        fields.Select(f => JsonRead.String(element, f)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static JsonElement? FirstObject(JsonElement element, string[] fields) =>
        fields.Select(f => JsonRead.Object(element, f)).FirstOrDefault(v => v is not null);

    private static DateTimeOffset? Time(JsonElement element, string[] fields) =>
        fields.Select(f => JsonRead.Int64(element, f)).FirstOrDefault(v => v is > 0) is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
