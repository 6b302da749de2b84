namespace LinkedInRsc.Samples.AtsWeb.Data;

/// <summary>A recruiter using the ATS, mapped to their LinkedIn Recruiter seat (what the user's LinkedIn sign-in tells the ATS).</summary>
public sealed record AtsUser(string CustomerId, SeatUrn Seat, string Name, PersonUrn Member);
