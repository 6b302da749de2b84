namespace LinkedInRsc;

/// <summary>A rule of LinkedIn's an entity breaks, found before anything is sent.</summary>
/// <param name="Field">The wire name of the field (e.g. <c>atsLastModifiedAt</c>, <c>emailAddresses[1]</c>).</param>
/// <param name="Reason">What is wrong and how to fix it. Never contains the field's value.</param>
public sealed record ValidationError(string Field, string Reason);
