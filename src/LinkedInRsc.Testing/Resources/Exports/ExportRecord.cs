using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Resources.Members;

namespace LinkedInRsc.Testing.Resources.Exports;

/// <summary>One 1-Click Export of a member to a synced job.</summary>
internal sealed record ExportRecord(string RequestId, string IntegrationContext, string ExternalJobPostingId, string ExporterSeatUrn, MemberRecord Member, IReadOnlyList<string> EmailAddresses, DateTimeOffset ExportedAt)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["requestId"] = RequestId,
            ["integrationContext"] = IntegrationContext,
            ["candidate"] = Member.ToStubProfile(EmailAddresses),
            ["atsJobPostingId"] = ExternalJobPostingId,
            ["exportedAt"] = ExportedAt.ToUnixTimeMilliseconds(),
        };
        if (ExporterSeatUrn.Length > 0)
        {
            json["exporter"] = ExporterSeatUrn;
        }

        return json;
    }

    public override string ToString() => $"Export {RequestId}";
}
