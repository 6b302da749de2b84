using System.Text.Json;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// A note a recruiter of the organization took on a prospect in Recruiter (<c>prospectNotes</c>). LinkedIn reports a
/// note again whenever it changes: an edit arrives as a newer version of the same note (same <see cref="Id"/>, later
/// <see cref="LastModifiedAt"/>), a deletion as a version with <see cref="IsActive"/> <see langword="false"/>.
/// </summary>
/// <remarks>
/// <para>LinkedIn does not publish the element shape beyond <c>active</c> and the last-modified time the finder filters
/// on. The SDK reads <c>id</c>, <c>contract</c>, <c>owner</c>, <c>member</c>, <c>note</c>, <c>created</c> and
/// <c>lastModified</c> (also <c>createdAt</c>/<c>lastModifiedAt</c>, <c>text</c>), and keeps everything else in
/// <see cref="AdditionalProperties"/>.</para>
/// <para><see cref="ToString"/> never shows the text.</para>
/// </remarks>
public sealed record ProspectNote
{
    /// <summary>The note's id, stable across edits and the deletion.</summary>
    public required string Id { get; init; }

    /// <summary>The contract the note belongs to.</summary>
    public ContractUrn? Contract { get; init; }

    /// <summary>The seat that wrote it (<c>owner</c>).</summary>
    public SeatUrn? Owner { get; init; }

    /// <summary>The prospect the note is about (<c>member</c>).</summary>
    public PersonUrn? Member { get; init; }

    /// <summary>The note's text; absent on some deletions.</summary>
    public string? Text { get; init; }

    /// <summary>When the note was written, when LinkedIn says.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When this version was written: the note's version, and what the finder filters on.</summary>
    public required DateTimeOffset LastModifiedAt { get; init; }

    /// <summary>False when the note was deleted (<c>"active": false</c>); true when LinkedIn leaves the field out.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>Fields of LinkedIn's answer the SDK does not model, kept as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>Whether this version replaces <paramref name="other"/>: the same note, written later (or as late and deleted).</summary>
    /// <param name="other">The version held so far, or <see langword="null"/>.</param>
    /// <returns>Whether to keep this version instead.</returns>
    public bool Supersedes(ProspectNote? other) =>
        other is null
        || (string.Equals(Id, other.Id, StringComparison.Ordinal)
            && (LastModifiedAt > other.LastModifiedAt || (LastModifiedAt == other.LastModifiedAt && !IsActive && other.IsActive)));

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Owner = ").Append(Owner?.ToString())
            .Append(", LastModifiedAt = ").Append(LastModifiedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append(", IsActive = ").Append(IsActive);
        return true;
    }
}
