using LinkedInRsc.Sync;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Configuration.Internal;

/// <summary>
/// The rules of <see cref="QuotaOptions"/>, checked when the host starts (<c>ValidateOnStart</c>): the same ones
/// <see cref="SyncRateLimiter"/> enforces when it is created, plus room for one full batch of the sync engine.
/// </summary>
internal sealed class QuotaOptionsValidator(IOptionsMonitor<SyncOptions> sync) : IValidateOptions<QuotaOptions>
{
    public const string Prefix = LinkedInRscDefaults.ConfigurationSectionName + ":" + LinkedInRscDefaults.QuotaSectionName + ":";

    public ValidateOptionsResult Validate(string? name, QuotaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.RecordsPerMinute < 1)
        {
            failures.Add($"{Prefix}RecordsPerMinute must be at least 1; {options.RecordsPerMinute} is not (LinkedIn allows 10,000).");
        }
        else if (BatchSize() is int batch && options.RecordsPerMinute < batch)
        {
            failures.Add($"{Prefix}RecordsPerMinute ({options.RecordsPerMinute}) must be at least {SyncOptionsValidator.Prefix}BatchSize ({batch}): a full batch could never be sent.");
        }

        if (options.RequestsPerDay < 1)
        {
            failures.Add($"{Prefix}RequestsPerDay must be at least 1; {options.RequestsPerDay} is not (LinkedIn allows 100,000).");
        }

        if (options.Segment <= TimeSpan.Zero || TimeSpan.FromMinutes(1).Ticks % options.Segment.Ticks != 0)
        {
            failures.Add($"{Prefix}Segment must be positive and divide one minute evenly (e.g. 00:00:01); {options.Segment:c} does not.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private int? BatchSize()
    {
        try
        {
            return sync.CurrentValue.BatchSize;
        }
        catch (OptionsValidationException)
        {
            return null; // reported, naming the setting, by the SyncOptions start-up validation
        }
    }
}
