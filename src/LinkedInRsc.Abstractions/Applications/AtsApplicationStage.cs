namespace LinkedInRsc.Applications;

/// <summary>
/// A stage an application entered (<c>atsApplications/{key}/stages</c>). One record per stage entered: together they
/// are the application's stage history.
/// </summary>
public sealed record AtsApplicationStage
{
    /// <summary>The ATS id of the application.</summary>
    public required string AtsJobApplicationId { get; init; }

    /// <summary>The ATS id of this stage record.</summary>
    public required string StageId { get; init; }

    /// <summary>When the application entered the stage (<c>atsCreatedAt</c>; after 1970).</summary>
    public required DateTimeOffset AtsCreatedAt { get; init; }

    /// <summary>The stage's name (<c>stage</c>), free text such as <c>"Phone Screen"</c> or <c>"Hired"</c>; not empty and not <c>"Not Available"</c>.</summary>
    public required string Stage { get; init; }

    /// <summary>The key of the stage: application id and stage id.</summary>
    public AtsChildKey Key => new(AtsJobApplicationId, StageId);
}
