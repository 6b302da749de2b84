namespace LinkedInRsc.Testing.Core;

/// <summary>Handles one <c>/_emulator/</c> control endpoint.</summary>
internal delegate ValueTask<EmulatorResponse> ControlHandler(ControlContext context, CancellationToken cancellationToken);
