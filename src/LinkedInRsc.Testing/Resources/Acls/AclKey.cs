using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Resources.Acls;

/// <summary>Key of an <c>atsEntityAcls</c> record.</summary>
internal sealed record AclKey(string AtsEntityAclId, string DataProvider, string IntegrationContext, string AtsEntityId, string AtsEntityType) : IResourceKey<AclKey>
{
    /// <inheritdoc />
    public static AclKey? FromRestLi(RestLiValue key, out string? error)
    {
        error = null;
        var id = ResourceHttp.Part(key, "atsEntityAclId", ref error);
        var provider = ResourceHttp.Part(key, "dataProvider", ref error);
        var context = ResourceHttp.Part(key, "integrationContext", ref error);
        var entityId = ResourceHttp.Part(key, "atsEntityId", ref error);
        var entityType = ResourceHttp.Part(key, "atsEntityType", ref error);
        return error is null ? new AclKey(id!, provider!, context!, entityId!, entityType!) : null;
    }

    /// <inheritdoc />
    public string? Validate() =>
        KeyRules.Check(("atsEntityAclId", AtsEntityAclId), DataProvider, IntegrationContext)
        ?? (string.IsNullOrWhiteSpace(AtsEntityId) ? "Key part 'atsEntityId' is required (the job's externalJobPostingId)." : null)
        ?? KeyRules.EntityType(AtsEntityType);
}
