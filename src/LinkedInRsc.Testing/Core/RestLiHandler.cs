namespace LinkedInRsc.Testing.Core;

/// <summary>Handles one Rest.li method on one resource.</summary>
internal delegate ValueTask<EmulatorResponse> RestLiHandler(RequestContext context, CancellationToken cancellationToken);
