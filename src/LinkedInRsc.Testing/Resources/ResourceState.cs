using LinkedInRsc.Testing.Resources.Acls;
using LinkedInRsc.Testing.Resources.Activity;
using LinkedInRsc.Testing.Resources.Applications;
using LinkedInRsc.Testing.Resources.Candidates;
using LinkedInRsc.Testing.Resources.Exports;
using LinkedInRsc.Testing.Resources.Jobs;
using LinkedInRsc.Testing.Resources.Members;

namespace LinkedInRsc.Testing.Resources;

/// <summary>All data-bearing resources of one emulator instance, on the emulator's clock.</summary>
internal sealed class ResourceState
{
    public ResourceState(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        Time = time;
        Members = new MemberDirectory();
        Jobs = new JobPostingStore(time);
        Candidates = new CandidateStore(Members);
        Applications = new ApplicationStore(Jobs);
        Acls = new AclStore();
        Activity = new RecruiterActivityStore(time, Members);
        Exports = new ExportStore(time);
    }

    public TimeProvider Time { get; }

    public MemberDirectory Members { get; }

    public JobPostingStore Jobs { get; }

    public CandidateStore Candidates { get; }

    public ApplicationStore Applications { get; }

    public AclStore Acls { get; }

    public RecruiterActivityStore Activity { get; }

    public ExportStore Exports { get; }
}
