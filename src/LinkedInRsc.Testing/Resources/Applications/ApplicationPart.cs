namespace LinkedInRsc.Testing.Resources.Applications;

/// <summary>The sub-resources of an application.</summary>
internal enum ApplicationPart
{
    Stages,
    Notes,
    InterviewFeedback,
}
