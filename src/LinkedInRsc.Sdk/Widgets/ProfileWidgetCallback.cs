namespace LinkedInRsc.Widgets;

/// <summary>A link or unlink the profile widget reported to the ATS page (see <see cref="ProfileWidget.ParseCallback"/>).</summary>
/// <param name="Action">Link or unlink.</param>
/// <param name="Member">The member the widget named.</param>
/// <param name="AtsCandidateId">The candidate, when the page sent it along.</param>
public sealed record ProfileWidgetCallback(ProfileWidgetAction Action, PersonUrn Member, string? AtsCandidateId);
