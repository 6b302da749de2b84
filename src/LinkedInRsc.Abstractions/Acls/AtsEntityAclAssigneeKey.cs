namespace LinkedInRsc.Acls;

/// <summary>The key of an <see cref="AtsEntityAclAssignee"/>: the group, the kind of entity it secures, and the member.</summary>
/// <param name="AclId">The ATS id of the group or role (<c>atsEntityAclId</c>).</param>
/// <param name="EntityType">The kind of entity the group secures (<c>atsEntityType</c>).</param>
/// <param name="Assignee">The LinkedIn member (<c>assignee</c>).</param>
public readonly record struct AtsEntityAclAssigneeKey(string AclId, AtsEntityType EntityType, PersonUrn Assignee)
{
    /// <summary><c>{AclId}/{EntityType}/{Assignee}</c>.</summary>
    /// <returns>The key text.</returns>
    public override string ToString() => AclId + "/" + EntityType + "/" + Assignee;
}
