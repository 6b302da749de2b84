using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Resources.Versioned;

/// <summary>
/// One versioned resource (<c>/rest/{RestPath}</c>) served over the state of its <c>/v2</c> twin: how its keys and
/// fields are renamed, whether <c>dataProvider</c> left its keys, which methods it offers, and, for a <c>/v2</c>
/// sub-resource made top-level, the key part carrying the child's id.
/// </summary>
internal sealed record VersionedForm(
    string RestPath,
    string V2Resource,
    string? V2SubResource,
    IReadOnlyList<RestLiMethod> Methods,
    IReadOnlyDictionary<string, string> KeyRenames,
    IReadOnlyDictionary<string, string> FieldRenames,
    bool DataProviderRemoved,
    string? ChildKeyField = null)
{
    /// <summary>The <c>/v2</c> name of a versioned key part or field.</summary>
    public string ToV2Key(string name) => KeyRenames.FirstOrDefault(r => r.Value == name).Key ?? name;

    /// <summary>The versioned name of a <c>/v2</c> key part.</summary>
    public string ToRestKey(string name) => KeyRenames.GetValueOrDefault(name, name);

    /// <summary>The <c>/v2</c> name of a versioned body field.</summary>
    public string ToV2Field(string name) => FieldRenames.FirstOrDefault(r => r.Value == name).Key ?? name;

    /// <summary>The versioned name of a <c>/v2</c> body field.</summary>
    public string ToRestField(string name) => FieldRenames.GetValueOrDefault(name, name);
}
