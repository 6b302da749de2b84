using LinkedInRsc.Testing.Resources.Jobs;

namespace LinkedInRsc.Testing;

/// <content>Job postings: how long LinkedIn takes to process a job-posting task.</content>
public static partial class EmulatorRecruiterActions
{
    /// <summary>
    /// How long a job-posting task stays <c>IN_PROGRESS</c> on the emulator's clock before it succeeds or fails
    /// (default 1 second, for quick tests and first runs; LinkedIn advises checking after 5 minutes, the SDK's
    /// default <c>SyncOptions.JobTaskPollInterval</c>).
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="processingTime">The delay; zero completes tasks at the next request.</param>
    /// <exception cref="ArgumentOutOfRangeException">The delay is negative.</exception>
    public static void SetJobPostingProcessingTime(this LinkedInRscEmulator emulator, TimeSpan processingTime)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentOutOfRangeException.ThrowIfLessThan(processingTime, TimeSpan.Zero);
        emulator.Services.Stores.Get<JobPostingStore>().ProcessingTime = processingTime;
    }
}
