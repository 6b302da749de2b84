namespace LinkedInRsc.Testing.Resources;

/// <summary>Key of an <c>atsEntityAclAssignees</c> record.</summary>
internal sealed record AclAssigneeKey(string AtsEntityAclId, string IntegrationContext, string DataProvider, string Assignee, string AtsEntityType)
{
    public string? Validate() =>
        KeyRules.Check(("atsEntityAclId", AtsEntityAclId), DataProvider, IntegrationContext)
        ?? (EntityRules.IsUrn(Assignee, EntityRules.PersonUrnPrefix) ? null : "Key part 'assignee' must be a person URN (urn:li:person:{id}).")
        ?? KeyRules.EntityType(AtsEntityType);
}
