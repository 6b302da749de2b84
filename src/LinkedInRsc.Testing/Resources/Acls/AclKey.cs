namespace LinkedInRsc.Testing.Resources;

/// <summary>Key of an <c>atsEntityAcls</c> record.</summary>
internal sealed record AclKey(string AtsEntityAclId, string DataProvider, string IntegrationContext, string AtsEntityId, string AtsEntityType)
{
    public string? Validate() =>
        KeyRules.Check(("atsEntityAclId", AtsEntityAclId), DataProvider, IntegrationContext)
        ?? (string.IsNullOrWhiteSpace(AtsEntityId) ? "Key part 'atsEntityId' is required (the job's externalJobPostingId)." : null)
        ?? KeyRules.EntityType(AtsEntityType);
}
