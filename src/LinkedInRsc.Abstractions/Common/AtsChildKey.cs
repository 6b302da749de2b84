namespace LinkedInRsc;

/// <summary>
/// The key of a record that lives under a parent record on LinkedIn: a candidate note (parent: the candidate), an
/// application stage, note or interview feedback (parent: the application). Both ids are the ATS's own.
/// </summary>
/// <param name="ParentId">The ATS id of the parent (candidate or application).</param>
/// <param name="Id">The ATS id of the record itself.</param>
public readonly record struct AtsChildKey(string ParentId, string Id)
{
    /// <summary><c>{ParentId}/{Id}</c>.</summary>
    /// <returns>The key text.</returns>
    public override string ToString() => ParentId + "/" + Id;
}
