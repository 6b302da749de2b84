namespace LinkedInRsc.Exports;

/// <summary>A member of an ATS job's hiring team, known on LinkedIn by their seat, their member URN, or both.</summary>
/// <param name="Role">The role on the job.</param>
/// <param name="Seat">The person's Recruiter seat, when the ATS knows it.</param>
/// <param name="Member">The person's LinkedIn member URN, when the ATS knows it (e.g. from the user's own sign-in).</param>
public sealed record HiringTeamMember(HiringTeamRole Role, SeatUrn? Seat = null, PersonUrn? Member = null);
