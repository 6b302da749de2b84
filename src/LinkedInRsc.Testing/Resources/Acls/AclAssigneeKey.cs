using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Resources.Acls;

/// <summary>Key of an <c>atsEntityAclAssignees</c> record.</summary>
internal sealed record AclAssigneeKey(string AtsEntityAclId, string IntegrationContext, string DataProvider, string Assignee, string AtsEntityType) : IResourceKey<AclAssigneeKey>
{
    /// <inheritdoc />
    public static AclAssigneeKey? FromRestLi(RestLiValue key, out string? error)
    {
        error = null;
        var id = ResourceHttp.Part(key, "atsEntityAclId", ref error);
        var context = ResourceHttp.Part(key, "integrationContext", ref error);
        var provider = ResourceHttp.Part(key, "dataProvider", ref error);
        var assignee = ResourceHttp.Part(key, "assignee", ref error);
        var entityType = ResourceHttp.Part(key, "atsEntityType", ref error);
        return error is null ? new AclAssigneeKey(id!, context!, provider!, assignee!, entityType!) : null;
    }

    /// <inheritdoc />
    public string? Validate() =>
        KeyRules.Check(("atsEntityAclId", AtsEntityAclId), DataProvider, IntegrationContext)
        ?? (EntityRules.IsUrn(Assignee, EntityRules.PersonUrnPrefix) ? null : "Key part 'assignee' must be a person URN (urn:li:person:{id}).")
        ?? KeyRules.EntityType(AtsEntityType);
}
