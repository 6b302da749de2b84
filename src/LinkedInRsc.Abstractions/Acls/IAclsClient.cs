namespace LinkedInRsc.Acls;

/// <summary>
/// Job-posting visibility per ATS group for one customer (<c>atsEntityAcls</c>, <c>atsEntityAclAssignees</c>). Optional
/// when the customer configured <c>ALL_PRODUCT_USERS</c> viewers.
/// </summary>
public interface IAclsClient
{
    /// <summary>Creates ACLs (in chunks of 100, one outcome each).</summary>
    /// <param name="acls">The ACLs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per ACL, keyed by <see cref="AtsEntityAcl.Key"/>.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<AtsEntityAclKey>> UpsertAsync(IEnumerable<AtsEntityAcl> acls, CancellationToken cancellationToken = default);

    /// <summary>Deletes ACLs.</summary>
    /// <param name="keys">The keys of the ACLs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per key.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<AtsEntityAclKey>> DeleteAsync(IEnumerable<AtsEntityAclKey> keys, CancellationToken cancellationToken = default);

    /// <summary>Reads one page of the ACLs of an entity.</summary>
    /// <param name="entityType">The kind of entity.</param>
    /// <param name="entityId">The ATS id of the entity.</param>
    /// <param name="start">The index of the first item.</param>
    /// <param name="count">The page size (1–100).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="LinkedInRscException">The request failed.</exception>
    Task<Page<AtsEntityAcl>> GetPageAsync(AtsEntityType entityType, string entityId, int start, int count, CancellationToken cancellationToken = default);

    /// <summary>Streams every ACL of an entity, page after page.</summary>
    /// <param name="entityType">The kind of entity.</param>
    /// <param name="entityId">The ATS id of the entity.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The ACLs.</returns>
    /// <exception cref="LinkedInRscException">A request failed.</exception>
    IAsyncEnumerable<AtsEntityAcl> ListAsync(AtsEntityType entityType, string entityId, CancellationToken cancellationToken = default);

    /// <summary>Creates ACL assignees; more than 10 ACLs for one member are reported invalid and not sent.</summary>
    /// <param name="assignees">The assignees.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per assignee, keyed by <see cref="AtsEntityAclAssignee.Key"/>.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<AtsEntityAclAssigneeKey>> UpsertAssigneesAsync(IEnumerable<AtsEntityAclAssignee> assignees, CancellationToken cancellationToken = default);

    /// <summary>Deletes ACL assignees.</summary>
    /// <param name="keys">The keys of the assignments.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per key.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<AtsEntityAclAssigneeKey>> DeleteAssigneesAsync(IEnumerable<AtsEntityAclAssigneeKey> keys, CancellationToken cancellationToken = default);

    /// <summary>Reads one page of the ACL assignments of a member.</summary>
    /// <param name="assignee">The member.</param>
    /// <param name="start">The index of the first item.</param>
    /// <param name="count">The page size (1–100).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="LinkedInRscException">The request failed.</exception>
    Task<Page<AtsEntityAclAssignee>> GetAssigneesPageAsync(PersonUrn assignee, int start, int count, CancellationToken cancellationToken = default);

    /// <summary>Streams every ACL assignment of a member.</summary>
    /// <param name="assignee">The member.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The assignments.</returns>
    /// <exception cref="LinkedInRscException">A request failed.</exception>
    IAsyncEnumerable<AtsEntityAclAssignee> ListAssigneesAsync(PersonUrn assignee, CancellationToken cancellationToken = default);
}
