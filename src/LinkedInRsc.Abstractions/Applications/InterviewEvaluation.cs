namespace LinkedInRsc.Applications;

/// <summary>One rated attribute of interview feedback.</summary>
/// <param name="Attribute">What was rated (<c>attribute</c>), e.g. <c>"Verbal Communication"</c>; not empty.</param>
/// <param name="Result">The rating (<c>result</c>), e.g. <c>"4/5"</c>; not empty.</param>
public sealed record InterviewEvaluation(string Attribute, string Result);
