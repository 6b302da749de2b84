namespace LinkedInRsc.Wire;

/// <summary>The versioned (<c>/rest</c>) form of a resource, as LinkedIn announced it or as we infer it.</summary>
/// <param name="Path">The path relative to <c>rest/</c>.</param>
/// <param name="Confirmed">
/// Whether LinkedIn announced this form (then <c>ApiFlavor = Versioned</c> uses it by default); an inferred form is used
/// only when configuration switches the resource.
/// </param>
/// <param name="KeyFields">Key-part renames, by <c>/v2</c> name.</param>
/// <param name="Fields">Body field renames, by <c>/v2</c> name.</param>
/// <param name="DataProviderInKeys">Whether the keys keep <c>dataProvider=ATS</c>.</param>
/// <param name="ChildKeyField">For a sub-resource made top-level: the key part carrying the child's id.</param>
internal sealed record VersionedForm(
    string Path,
    bool Confirmed,
    IReadOnlyDictionary<string, string> KeyFields,
    IReadOnlyDictionary<string, string> Fields,
    bool DataProviderInKeys = false,
    string? ChildKeyField = null);
