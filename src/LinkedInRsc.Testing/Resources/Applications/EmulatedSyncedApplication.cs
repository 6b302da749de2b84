namespace LinkedInRsc.Testing;

/// <summary>A synced application (ids and counts only).</summary>
/// <param name="AtsJobApplicationId">The ATS's application id.</param>
/// <param name="AtsJobPostingId">The job it applies to.</param>
/// <param name="StageCount">How many stage records it has.</param>
/// <param name="NoteCount">How many notes it has.</param>
/// <param name="InterviewFeedbackCount">How many interview-feedback records it has.</param>
public sealed record EmulatedSyncedApplication(string AtsJobApplicationId, string AtsJobPostingId, int StageCount, int NoteCount, int InterviewFeedbackCount);
