using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Console.Flows;

/// <summary>
/// What the recruiter-activity flows (InMail and notes history) start from: Globex's two connected recruiters, Rita and
/// Sam, the member Grace they write to, Globex's ATS and the LinkedIn stand-in — each required from the flow that
/// brought it in.
/// </summary>
internal sealed record GlobexRecruiters(ILinkedInSide LinkedIn, EmulatedSeat Rita, EmulatedSeat Sam, EmulatedMember Grace, SampleAtsTenant Ats)
{
    public static GlobexRecruiters From(SampleContext context) => new(
        context.Env.LinkedIn,
        SampleCast.Require(context.Cast.Rita, "Rita", "Connect LinkedIn accounts"),
        SampleCast.Require(context.Cast.Sam, "Sam", "Connect LinkedIn accounts"),
        SampleCast.Require(context.Cast.Grace, "Grace", "Matching"),
        context.Env.Ats.Tenant(SampleCast.Globex));
}
