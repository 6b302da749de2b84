namespace LinkedInRsc.Applications;

/// <summary>One rated attribute of interview feedback.</summary>
/// <param name="Attribute">What was rated (<c>attribute</c>), e.g. <c>"Verbal Communication"</c>; not empty.</param>
/// <param name="Result">The rating (<c>result</c>), e.g. <c>"4/5"</c>; not empty.</param>
/// <remarks><see cref="object.ToString"/> prints neither: an interview's ratings are personal data of the candidate.</remarks>
public sealed record InterviewEvaluation(string Attribute, string Result)
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A record's PrintMembers is an instance method by the compiler's contract.")]
    private bool PrintMembers(System.Text.StringBuilder builder) => false;
}
