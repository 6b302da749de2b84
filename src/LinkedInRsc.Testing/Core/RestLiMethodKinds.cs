using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Core;

/// <summary>How the emulator's quotas classify Rest.li methods.</summary>
internal static class RestLiMethodKinds
{
    /// <summary>Whether the method writes records (charged against the records-per-minute quota).</summary>
    public static bool IsWrite(RestLiMethod method) => RestLiMethods.HttpMethodOf(method) == HttpMethod.Put || RestLiMethods.HttpMethodOf(method) == HttpMethod.Delete || method is RestLiMethod.Create or RestLiMethod.BatchCreate or RestLiMethod.PartialUpdate or RestLiMethod.BatchPartialUpdate;

    /// <summary>Whether the method addresses several records.</summary>
    public static bool IsBatch(RestLiMethod method) => method is RestLiMethod.BatchGet or RestLiMethod.BatchCreate or RestLiMethod.BatchUpdate or RestLiMethod.BatchPartialUpdate or RestLiMethod.BatchDelete;
}
