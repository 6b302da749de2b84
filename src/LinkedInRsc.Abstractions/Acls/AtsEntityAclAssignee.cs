namespace LinkedInRsc.Acls;

/// <summary>
/// Puts a LinkedIn member in an ATS group for an entity type (<c>atsEntityAclAssignees</c>). A member can be in at
/// most 10 ACLs. The record carries its key only.
/// </summary>
/// <param name="AclId">The ATS id of the group or role.</param>
/// <param name="EntityType">The kind of entity the group secures.</param>
/// <param name="Assignee">The LinkedIn member (<c>assignee</c>).</param>
public sealed record AtsEntityAclAssignee(string AclId, AtsEntityType EntityType, PersonUrn Assignee)
{
    /// <summary>Creates the assignment a key names (an assignment carries nothing but its key).</summary>
    /// <param name="key">The key.</param>
    public AtsEntityAclAssignee(AtsEntityAclAssigneeKey key)
        : this(key.AclId, key.EntityType, key.Assignee)
    {
    }

    /// <summary>The key of the assignment: what batch results report it under.</summary>
    public AtsEntityAclAssigneeKey Key => new(AclId, EntityType, Assignee);
}
