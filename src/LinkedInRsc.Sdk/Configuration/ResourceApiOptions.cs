namespace LinkedInRsc;

/// <summary>
/// How the SDK calls one LinkedIn resource, bound from <c>LinkedInRsc:Resources:{name}</c> (names in
/// <c>docs/versioned-api.md</c>, e.g. <c>candidates</c>, <c>applicationNotes</c>). Every setting left unset keeps the
/// SDK's default for that resource. Validated at start-up; a failure names the setting.
/// </summary>
/// <remarks>
/// The defaults: with <see cref="LinkedInRscOptions.ApiFlavor"/> <see cref="ApiFlavor.Versioned"/>, the resources whose
/// versioned form LinkedIn has announced go to <c>rest/</c>, every other resource stays on <c>v2/</c>. Switch one with
/// <see cref="Api"/>; when LinkedIn tells you the real versioned shape of a resource the SDK only guesses, correct it
/// with <see cref="Path"/>, <see cref="KeyFields"/>, <see cref="Fields"/>, <see cref="DataProviderInKeys"/> and
/// <see cref="ChildKeyField"/>: a configuration change, not a code change.
/// </remarks>
public sealed class ResourceApiOptions
{
    /// <summary>The API surface of this resource: <see cref="ApiFlavor.V2"/> or <see cref="ApiFlavor.Versioned"/>; unset keeps the default.</summary>
    public ApiFlavor? Api { get; set; }

    /// <summary>The <c>LinkedIn-Version</c> of this resource (<c>YYYYMM</c> or <c>YYYYMM.RR</c>); unset uses <see cref="LinkedInRscOptions.LinkedInVersion"/>.</summary>
    public string? LinkedInVersion { get; set; }

    /// <summary>The versioned path, relative to <c>rest/</c> (e.g. <c>candidates</c>); unset uses the SDK's known or inferred path.</summary>
    public string? Path { get; set; }

    /// <summary>Key-part names on the versioned API, by their <c>/v2</c> name (e.g. <c>atsCandidateId</c> → <c>externalCandidateId</c>).</summary>
    public IDictionary<string, string> KeyFields { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Body field names on the versioned API, by their <c>/v2</c> name (e.g. <c>atsCreatedAt</c> → <c>externalCreatedAt</c>).</summary>
    public IDictionary<string, string> Fields { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Whether versioned keys still carry <c>dataProvider=ATS</c>; unset uses the SDK's default for the resource.</summary>
    public bool? DataProviderInKeys { get; set; }

    /// <summary>
    /// For a <c>/v2</c> sub-resource that is top-level on the versioned API (notes, stages, feedback): the key part that
    /// carries the child's own id next to the parent's key parts (e.g. <c>externalNoteId</c>).
    /// </summary>
    public string? ChildKeyField { get; set; }
}
