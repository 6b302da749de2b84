namespace LinkedInRsc.Testing;

/// <summary>A recruiter's prospect note.</summary>
/// <param name="Id">The note id.</param>
/// <param name="ContractUrn">The contract of the owner's seat.</param>
/// <param name="OwnerSeatUrn">The seat that wrote it.</param>
/// <param name="MemberUrn">The prospect.</param>
/// <param name="LastModifiedAt">When it was last written, edited or deleted.</param>
/// <param name="IsActive">False once deleted (LinkedIn reports it with <c>"active": false</c>).</param>
public sealed record EmulatedProspectNote(long Id, ContractUrn ContractUrn, SeatUrn OwnerSeatUrn, PersonUrn MemberUrn, DateTimeOffset LastModifiedAt, bool IsActive)
{
    /// <summary>Never shows the note's text.</summary>
    /// <returns>The note id and state.</returns>
    public override string ToString() => $"Prospect note {Id} ({(IsActive ? "active" : "deleted")})";
}
