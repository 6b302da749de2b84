namespace LinkedInRsc.RestLi;

/// <summary>The shape of a <see cref="RestLiValue"/>.</summary>
public enum RestLiValueKind
{
    /// <summary>A primitive, carried as its text (strings, numbers, booleans, enum symbols and URNs).</summary>
    Primitive = 0,

    /// <summary>An ordered list of values (<c>List(a,b)</c> in protocol 2.0).</summary>
    List = 1,

    /// <summary>A record or map of named values (<c>(k1:v1,k2:v2)</c> in protocol 2.0), its keys in ordinal order.</summary>
    Record = 2,
}
