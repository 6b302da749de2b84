using Microsoft.Extensions.Options;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>Checks <see cref="RecruiterActivityOptions"/> at start-up, naming every bad setting.</summary>
internal sealed class RecruiterActivityOptionsValidator : IValidateOptions<RecruiterActivityOptions>
{
    public ValidateOptionsResult Validate(string? name, RecruiterActivityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string[] problems = [.. options.Problems()];
        return problems.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
