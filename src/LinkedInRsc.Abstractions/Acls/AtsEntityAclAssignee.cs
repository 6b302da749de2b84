namespace LinkedInRsc.Acls;

/// <summary>
/// Puts a LinkedIn member in an ATS group for an entity type (<c>atsEntityAclAssignees</c>). A member can be in at
/// most 10 ACLs. The record carries its key only.
/// </summary>
/// <param name="AclId">The ATS id of the group or role.</param>
/// <param name="EntityType">The kind of entity the group secures.</param>
/// <param name="Assignee">The LinkedIn member (<c>assignee</c>).</param>
public sealed record AtsEntityAclAssignee(string AclId, AtsEntityType EntityType, PersonUrn Assignee);
