using Microsoft.Extensions.Options;

namespace LinkedInRsc.Configuration.Internal;

/// <summary>The DataAnnotations checks of <see cref="LinkedInRscOptions"/>, generated at compile time (no reflection).</summary>
[OptionsValidator]
internal sealed partial class LinkedInRscOptionsValidator : IValidateOptions<LinkedInRscOptions>
{
}
