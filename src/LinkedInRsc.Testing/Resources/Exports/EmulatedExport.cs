namespace LinkedInRsc.Testing;

/// <summary>A 1-Click Export of a member to a synced job, and the push announcing it.</summary>
/// <param name="RequestId">The request id the ATS passes to <c>exportedCandidates?q=request&amp;requestId=</c>.</param>
/// <param name="OrganizationUrn">The customer's organization (the export's <c>integrationContext</c>).</param>
/// <param name="MemberUrn">The exported member.</param>
/// <param name="ExternalJobPostingId">The job the recruiter chose.</param>
/// <param name="Push">The signed <c>EXPORT_CANDIDATE_PROFILE</c> push (delivered in the background).</param>
public sealed record EmulatedExport(string RequestId, OrganizationUrn OrganizationUrn, PersonUrn MemberUrn, string ExternalJobPostingId, EmulatorPush Push);
