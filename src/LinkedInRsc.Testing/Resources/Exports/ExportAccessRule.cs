using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources.Acls;
using LinkedInRsc.Testing.Resources.Seats;

namespace LinkedInRsc.Testing.Resources.Exports;

/// <summary>
/// Who may export to a job, as LinkedIn shows jobs in Recruiter's "Export to ATS" list: with
/// <c>JOB_POSTING_VIEWERS = ALL_PRODUCT_USERS</c> every Recruiter user sees every synced job; otherwise only the members
/// assigned (<c>atsEntityAclAssignees</c>) to an ACL group of that job (<c>atsEntityAcls</c>) — the job's recruiters and
/// hiring managers. An export without a named seat is not checked (a test that does not care who exported).
/// </summary>
internal static class ExportAccessRule
{
    private const string DataProvider = "ATS";
    private const string JobPosting = "JOB_POSTING";

    /// <summary>Null when the seat may export to the job; otherwise why not.</summary>
    public static string? Refusal(EmulatorServices services, CustomerState customer, string organization, string externalJobPostingId, SeatRecord? seat)
    {
        if (seat is null)
        {
            return null;
        }

        lock (services.State.Sync)
        {
            if (customer.Integrations.TryGetValue(IntegrationKey.Rsc(organization, IntegrationTypes.OneClickExport), out IntegrationState? integration)
                && integration.Configurations.TryGetValue(IntegrationConfigurationKeys.JobPostingViewers, out string? viewers)
                && viewers == IntegrationConfigurationKeys.AllProductUsers)
            {
                return null;
            }
        }

        AclStore acls = services.Stores.Get<AclStore>();
        var groups = acls.FindAcls(organization, DataProvider, externalJobPostingId, JobPosting).Select(a => a.AtsEntityAclId).ToHashSet(StringComparer.Ordinal);
        bool assigned = acls.FindAssignees(organization, DataProvider, seat.MemberUrn)
            .Any(a => a.AtsEntityType == JobPosting && groups.Contains(a.AtsEntityAclId));
        return assigned
            ? null
            : $"Seat {seat.SeatUrn} is not a recruiter or hiring manager of job '{externalJobPostingId}': its member is in no ACL group of the job " +
              $"and JOB_POSTING_VIEWERS is not {IntegrationConfigurationKeys.AllProductUsers}, so the job is not in the seat's export list.";
    }
}
