namespace LinkedInRsc.Acls;

/// <summary>The key of an <see cref="AtsEntityAcl"/>: the group, and the entity it secures.</summary>
/// <param name="AclId">The ATS id of the group or role (<c>atsEntityAclId</c>).</param>
/// <param name="EntityType">The kind of entity secured (<c>atsEntityType</c>).</param>
/// <param name="EntityId">The ATS id of the entity (<c>atsEntityId</c>).</param>
public readonly record struct AtsEntityAclKey(string AclId, AtsEntityType EntityType, string EntityId)
{
    /// <summary><c>{AclId}/{EntityType}/{EntityId}</c>.</summary>
    /// <returns>The key text.</returns>
    public override string ToString() => AclId + "/" + EntityType + "/" + EntityId;
}
