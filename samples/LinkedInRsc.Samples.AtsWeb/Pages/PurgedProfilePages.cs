using LinkedInRsc.Exports;
using LinkedInRsc.Samples.AtsWeb.Data;
using LinkedInRsc.Samples.AtsWeb.LinkedIn;

namespace LinkedInRsc.Samples.AtsWeb.Pages;

/// <summary>
/// Purged profiles: the candidate page's LinkedIn panel plays the member closing their profile; <em>Run the
/// purged-profiles check now</em> runs the SDK's <see cref="PurgedCandidatesCheck"/> (the hosted service runs it weekly),
/// which hands the member to <see cref="SamplePurgedCandidateHandler"/>: the candidate is deleted.
/// </summary>
public static class PurgedProfilePages
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/customers/{customerId}/candidates/{candidateId}/linkedin/close-profile", CloseProfileAsync);
        app.MapPost("/customers/{customerId}/purged-check", CheckAsync);
    }

    private static async Task<IResult> CloseProfileAsync(string customerId, string candidateId, AtsStore store, EmulatedLinkedIn linkedIn, CancellationToken cancellationToken)
    {
        AtsWebCandidate? candidate = await store.FindCandidateAsync(customerId, candidateId, cancellationToken);
        if (candidate?.Member is not { } member)
        {
            return Results.BadRequest($"Candidate '{candidateId}' is not linked to a LinkedIn member.");
        }

        await linkedIn.CloseProfileAsync(member, cancellationToken);
        return Results.Redirect($"/customers/{Uri.EscapeDataString(customerId)}/candidates/{Uri.EscapeDataString(candidateId)}");
    }

    private static async Task<IResult> CheckAsync(string customerId, PurgedCandidatesCheck check, CancellationToken cancellationToken)
    {
        await check.CheckAllAsync(cancellationToken);
        return Results.Redirect($"/customers/{Uri.EscapeDataString(customerId)}/candidates");
    }
}
