namespace LinkedInRsc.Samples.AtsWeb.Data;

/// <summary>A job of the sample ATS; every job has the stages of <see cref="AtsStore.Stages"/>.</summary>
public sealed record AtsJob(string CustomerId, string Id, string Title, bool IsOpen, bool IsSynced);
