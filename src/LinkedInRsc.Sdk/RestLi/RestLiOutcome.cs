namespace LinkedInRsc.RestLi;

/// <summary>What happened to one key of a batch request.</summary>
public enum RestLiOutcome
{
    /// <summary>The entity was read or written (a 2xx per-key status, or an entity in <c>results</c>).</summary>
    Succeeded = 0,

    /// <summary>LinkedIn reported an error or a non-2xx status for this key.</summary>
    Failed = 1,

    /// <summary>The response said nothing about this key; treat it as not done.</summary>
    Missing = 2,
}
