using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.SyncedData;

/// <summary>
/// <c>GET /_emulator/organizations/{organizationUrn}/syncedData</c>: the HTTP twin of
/// <see cref="EmulatorRecruiterActions.GetSyncedData"/> — what an organization has synced (jobs whose task succeeded,
/// candidates with their attached member and note count, applications with their counts), for assertions against a
/// standalone emulator.
/// </summary>
internal sealed class SyncedDataModule : IEmulatorModule
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("syncedData", _ => new SyncedDataModule());

    public void Register(EmulatorRouter router) => router.MapControl("GET", "organizations/{organizationUrn}/syncedData", GetSyncedData);

    private static ValueTask<EmulatorResponse> GetSyncedData(ControlContext context, CancellationToken cancellationToken)
    {
        string text = Uri.UnescapeDataString(context.Route("organizationUrn"));
        if (!OrganizationUrn.TryParse(text, out OrganizationUrn organization))
        {
            return ValueTask.FromResult(LinkedInError.BadRequest($"'{text}' in the path must be an organization URN (urn:li:organization:{{id}}).").ToResponse());
        }

        EmulatedSyncedData data = context.Emulator.GetSyncedData(organization);
        return ValueTask.FromResult(EmulatorResponse.Ok(new JsonObject
        {
            ["organization"] = data.OrganizationUrn.ToString(),
            ["jobs"] = new JsonArray([.. data.Jobs.Select(j => (JsonNode?)new JsonObject
            {
                ["externalJobPostingId"] = j.ExternalJobPostingId,
                ["jobPostingUrn"] = j.JobPostingUrn,
                ["state"] = j.State.ToString(),
                ["availability"] = j.Availability.ToString(),
            })]),
            ["candidates"] = new JsonArray([.. data.Candidates.Select(c => (JsonNode?)new JsonObject
            {
                ["atsCandidateId"] = c.AtsCandidateId,
                ["manualMatchedMember"] = c.ManualMatchedMemberUrn?.ToString(),
                ["noteCount"] = c.NoteCount,
            })]),
            ["applications"] = new JsonArray([.. data.Applications.Select(a => (JsonNode?)new JsonObject
            {
                ["atsJobApplicationId"] = a.AtsJobApplicationId,
                ["atsJobPostingId"] = a.AtsJobPostingId,
                ["stageCount"] = a.StageCount,
                ["noteCount"] = a.NoteCount,
                ["interviewFeedbackCount"] = a.InterviewFeedbackCount,
            })]),
        }));
    }
}
