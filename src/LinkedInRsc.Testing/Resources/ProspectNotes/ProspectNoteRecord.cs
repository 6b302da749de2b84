using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Resources.ProspectNotes;

/// <summary>A recruiter's note on a prospect.</summary>
internal sealed record ProspectNoteRecord(long Id, string ContractUrn, string OwnerSeatUrn, string MemberUrn, string Note, DateTimeOffset CreatedAt, DateTimeOffset LastModifiedAt, bool Active)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["contract"] = ContractUrn,
        ["owner"] = OwnerSeatUrn,
        ["member"] = MemberUrn,
        ["note"] = Note,
        ["created"] = CreatedAt.ToUnixTimeMilliseconds(),
        ["lastModified"] = LastModifiedAt.ToUnixTimeMilliseconds(),
        ["active"] = Active,
    };

    public EmulatedProspectNote ToPublic() => new(Id, LinkedInRsc.ContractUrn.Parse(ContractUrn), SeatUrn.Parse(OwnerSeatUrn), PersonUrn.Parse(MemberUrn), LastModifiedAt, Active);

    public override string ToString() => $"Prospect note {Id}";
}
