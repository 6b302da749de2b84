namespace LinkedInRsc.Acls;

/// <summary>
/// Links an ATS entity (a job posting) to an ATS security group or role (<c>atsEntityAcls</c>): members of the group
/// see the job in Recruiter. The record carries its key only.
/// </summary>
/// <param name="AclId">The ATS id of the group or role (<c>atsEntityAclId</c>).</param>
/// <param name="EntityType">The kind of entity secured (<c>atsEntityType</c>).</param>
/// <param name="EntityId">The ATS id of the entity (<c>atsEntityId</c>): for a job, its external job posting id.</param>
public sealed record AtsEntityAcl(string AclId, AtsEntityType EntityType, string EntityId)
{
    /// <summary>Creates the ACL a key names (an ACL carries nothing but its key).</summary>
    /// <param name="key">The key.</param>
    public AtsEntityAcl(AtsEntityAclKey key)
        : this(key.AclId, key.EntityType, key.EntityId)
    {
    }

    /// <summary>The key of the ACL: what batch results report it under.</summary>
    public AtsEntityAclKey Key => new(AclId, EntityType, EntityId);
}
