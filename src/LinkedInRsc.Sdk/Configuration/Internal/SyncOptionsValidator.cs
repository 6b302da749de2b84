using LinkedInRsc.Sync;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Configuration.Internal;

/// <summary>
/// The rules of <see cref="SyncOptions"/>, checked when the host starts (<c>ValidateOnStart</c>) and again by a
/// <see cref="SyncEngine"/> constructed by hand. Each message names the setting as configuration spells it.
/// </summary>
internal sealed class SyncOptionsValidator : IValidateOptions<SyncOptions>
{
    public const string Prefix = LinkedInRscDefaults.ConfigurationSectionName + ":" + LinkedInRscDefaults.SyncSectionName + ":";

    public ValidateOptionsResult Validate(string? name, SyncOptions options)
    {
        List<string> failures = Check(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Every broken rule, as messages naming the setting.</summary>
    public static List<string> Check(SyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.BatchSize is < 1 or > SyncOptions.MaxBatchSize)
        {
            failures.Add($"{Prefix}BatchSize must be between 1 and {SyncOptions.MaxBatchSize} (LinkedIn's limit per request); {options.BatchSize} is not.");
        }

        if (options.MaxConcurrency < 1)
        {
            failures.Add($"{Prefix}MaxConcurrency must be at least 1; {options.MaxConcurrency} is not.");
        }

        if (options.MaxRetryAttempts < 0)
        {
            failures.Add($"{Prefix}MaxRetryAttempts must not be negative; {options.MaxRetryAttempts} is.");
        }

        Positive(options.RetryBaseDelay, "RetryBaseDelay", failures);
        Positive(options.RateLimitedRetryDelay, "RateLimitedRetryDelay", failures);
        Positive(options.JobTaskPollInterval, "JobTaskPollInterval", failures);
        if (options.JobTaskTimeout < TimeSpan.Zero)
        {
            failures.Add($"{Prefix}JobTaskTimeout must not be negative; {options.JobTaskTimeout:c} is.");
        }

        return failures;
    }

    /// <summary>Throws the broken rules as one <see cref="ArgumentOutOfRangeException"/> for <paramref name="parameterName"/>.</summary>
    public static void ThrowIfInvalid(SyncOptions options, string parameterName)
    {
        List<string> failures = Check(options);
        if (failures.Count > 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, string.Join(" ", failures));
        }
    }

    private static void Positive(TimeSpan value, string setting, List<string> failures)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Prefix}{setting} must be positive; {value:c} is not.");
        }
    }
}
