using LinkedInRsc.RestLi;

namespace LinkedInRsc.Wire;

/// <summary>
/// What the SDK knows of one resource: its <c>/v2</c> form (the path the clients build requests for, and its key
/// parts) and its versioned form, if any, with how sure we are of it.
/// </summary>
/// <param name="Name">The resource's name in configuration (<c>LinkedInRsc:Resources:{Name}</c>).</param>
/// <param name="V2Path">The <c>/v2</c> path, with the <c>{placeholder}</c> of a sub-resource's parent key.</param>
/// <param name="V2KeyFields">The key parts of the <c>/v2</c> keys (parent key parts too), which <c>KeyFields</c> may rename.</param>
/// <param name="Versioned">The versioned form, or <see langword="null"/> when none is known (stays on <c>/v2</c> unless configured with a path).</param>
/// <param name="Methods">The Rest.li methods this definition covers on its path; <see langword="null"/> for all the others.</param>
internal sealed record ResourceDefinition(
    string Name,
    string V2Path,
    IReadOnlyList<string> V2KeyFields,
    VersionedForm? Versioned,
    IReadOnlyList<RestLiMethod>? Methods = null)
{
    /// <summary>The placeholder name of the parent key in <see cref="V2Path"/>, or <see langword="null"/> for a top-level resource.</summary>
    public string? ParentPlaceholder
    {
        get
        {
            int open = V2Path.IndexOf('{', StringComparison.Ordinal);
            return open < 0 ? null : V2Path[(open + 1)..V2Path.IndexOf('}', open)];
        }
    }
}
