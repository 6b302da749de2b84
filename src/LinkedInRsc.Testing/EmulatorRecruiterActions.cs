using LinkedInRsc.Jobs;
using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources.Applications;
using LinkedInRsc.Testing.Resources.Candidates;
using LinkedInRsc.Testing.Resources.Jobs;

namespace LinkedInRsc.Testing;

/// <summary>
/// Scripted actions of LinkedIn's side for the data-bearing resources: members, Recruiter seats, 1-Click Exports,
/// InMails and replies, prospect notes and closed profiles. Each has an HTTP twin under <c>/_emulator/</c>.
/// </summary>
/// <remarks>Each resource folder of the emulator adds its own actions to this class (it is partial).</remarks>
public static partial class EmulatorRecruiterActions
{
    /// <summary>
    /// What an organization has synced so far (jobs whose task succeeded, candidates, applications), to assert on
    /// the outcome of a sync without reading the request journal.
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="organizationUrn">The customer's organization URN.</param>
    /// <returns>A snapshot.</returns>
    public static EmulatedSyncedData GetSyncedData(this LinkedInRscEmulator emulator, OrganizationUrn organizationUrn)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        string organization = organizationUrn.ToString();
        EmulatorStores stores = emulator.Services.Stores;
        return new EmulatedSyncedData(
            organizationUrn,
            stores.Get<JobPostingStore>().Jobs(organization).Select(j => new EmulatedJobPosting(j.Key.ExternalJobPostingId, j.JobPostingUrn, new JobPostingState(j.State), new JobPostingAvailability(j.Availability))).ToList(),
            stores.Get<CandidateStore>().List(organization).Select(c => new EmulatedSyncedCandidate(c.Id, c.ManualMember is { } member ? PersonUrn.Parse(member) : null, c.Notes)).ToList(),
            stores.Get<ApplicationStore>().List(organization).Select(a => new EmulatedSyncedApplication(a.Id, a.JobId, a.Stages, a.Notes, a.Feedback)).ToList());
    }
}
