using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Resources;

/// <summary>The compound key of a synced record: decoded from Rest.li, checked, and tied to one organization.</summary>
/// <typeparam name="TSelf">The key type itself.</typeparam>
internal interface IResourceKey<TSelf>
    where TSelf : class, IResourceKey<TSelf>
{
    /// <summary>The organization URN the record belongs to (checked against the caller's tenancy).</summary>
    string IntegrationContext { get; }

    /// <summary>The key decoded from a Rest.li compound key, or null with <paramref name="error"/> naming the missing part.</summary>
    static abstract TSelf? FromRestLi(RestLiValue key, out string? error);

    /// <summary>LinkedIn's rules for the key's parts; the error naming the part, or null when valid.</summary>
    string? Validate();
}
