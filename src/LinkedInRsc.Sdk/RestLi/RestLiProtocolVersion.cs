namespace LinkedInRsc.RestLi;

/// <summary>The Rest.li protocol version used to encode keys and query parameters.</summary>
public enum RestLiProtocolVersion
{
    /// <summary>Protocol 2.0.0 (<c>ids=List((a:b))</c>): the default, and the one LinkedIn recommends.</summary>
    Version2 = 0,

    /// <summary>Protocol 1.0 (<c>ids[0].a=b</c>), as used by LinkedIn's published RSC request collection. LinkedIn plans to deprecate it.</summary>
    Version1 = 1,
}
