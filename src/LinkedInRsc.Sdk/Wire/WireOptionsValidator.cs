using LinkedInRsc.Configuration.Internal;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Wire;

/// <summary>
/// Checks <see cref="LinkedInRscOptions.Resources"/> at start-up: known resource names, a version for every resource
/// on the versioned API, a path for a resource the SDK knows no versioned form of, and renames of key parts the
/// resource has. Each failure names the setting.
/// </summary>
internal sealed class WireOptionsValidator : IValidateOptions<LinkedInRscOptions>
{
    private const string Prefix = LinkedInRscDefaults.ConfigurationSectionName + ":";

    public ValidateOptionsResult Validate(string? name, LinkedInRscOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach ((string resource, ResourceApiOptions? custom) in options.Resources)
        {
            string setting = $"{Prefix}Resources:{resource}";
            ResourceDefinition? definition = ResourceCatalog.Find(resource);
            if (definition is null)
            {
                failures.Add($"{setting} is not a resource the SDK calls; use one of: {string.Join(", ", ResourceCatalog.All.Select(d => d.Name))}.");
                continue;
            }

            if (custom is null)
            {
                continue;
            }

            if (custom.Api is { } api && !Enum.IsDefined(api))
            {
                failures.Add($"{setting}:Api must be V2 or Versioned; '{api}' is not a known value.");
            }

            bool versioned = custom.Api == ApiFlavor.Versioned
                || (custom.Api is null && options.ApiFlavor == ApiFlavor.Versioned && definition.Versioned is { Confirmed: true });
            if (custom.LinkedInVersion is { } version && !LinkedInRscOptionsCrossFieldValidator.IsVersion(version))
            {
                failures.Add($"{setting}:LinkedInVersion must look like YYYYMM or YYYYMM.RR (e.g. 202602); '{version}' does not.");
            }

            if (versioned && string.IsNullOrWhiteSpace(custom.LinkedInVersion) && string.IsNullOrWhiteSpace(options.LinkedInVersion))
            {
                failures.Add($"{setting}:LinkedInVersion (or {Prefix}LinkedInVersion) is required: the resource is on the versioned API, which needs a LinkedIn-Version such as 202602.");
            }

            if (custom.Path is { } path)
            {
                if (string.IsNullOrWhiteSpace(path) || path.StartsWith('/') || path.Contains("://", StringComparison.Ordinal) || path.IndexOfAny(['?', '#', ' ']) >= 0)
                {
                    failures.Add($"{setting}:Path must be a path relative to rest/ such as 'candidates' (no leading '/', query or scheme); '{path}' is not.");
                }
            }
            else if (versioned && definition.Versioned is null)
            {
                failures.Add($"{setting}:Path is required to call '{definition.Name}' on the versioned API: the SDK knows no /rest form of it (it is /v2/{definition.V2Path}).");
            }

            foreach ((string from, string to) in custom.KeyFields)
            {
                if (!definition.V2KeyFields.Contains(from, StringComparer.Ordinal))
                {
                    failures.Add($"{setting}:KeyFields:{from} is not a key part of {definition.Name}; its /v2 key parts are: {(definition.V2KeyFields.Count == 0 ? "(none: its keys are plain ids)" : string.Join(", ", definition.V2KeyFields))}.");
                }
                else if (string.IsNullOrWhiteSpace(to))
                {
                    failures.Add($"{setting}:KeyFields:{from} must name the versioned key part; it is empty.");
                }
            }

            foreach ((string from, string to) in custom.Fields)
            {
                if (string.IsNullOrWhiteSpace(to))
                {
                    failures.Add($"{setting}:Fields:{from} must name the versioned field; it is empty.");
                }
            }

            bool flattened = definition.ParentPlaceholder is not null;
            if (custom.ChildKeyField is not null && !flattened)
            {
                failures.Add($"{setting}:ChildKeyField only applies to a /v2 sub-resource (notes, stages, feedback, configurations); {definition.Name} is top-level.");
            }
            else if (versioned && flattened && custom.Path is not null && !custom.Path.Contains('{', StringComparison.Ordinal)
                && custom.ChildKeyField is null && definition.Versioned?.ChildKeyField is null)
            {
                failures.Add($"{setting}:ChildKeyField is required: {definition.Name} is a sub-resource on /v2 and top-level at '{custom.Path}', so its key needs a part for the child's id.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
