using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.PushCompletion;

/// <summary>
/// <c>POST /_emulator/pushes/{pushId}/wait</c> <c>{"timeoutMs"?}</c>: the HTTP twin of
/// <see cref="EmulatorPush.WaitForCompletionAsync"/>. It answers once the push is delivered or given up (or after
/// <c>timeoutMs</c> on the emulator's clock, 30 s by default, with state <c>PENDING</c>), so a client of a standalone
/// emulator awaits a push instead of polling <c>GET /_emulator/pushes</c>.
/// </summary>
internal sealed class PushCompletionModule(EmulatorServices services) : IEmulatorModule
{
    private static readonly TimeSpan s_defaultTimeout = TimeSpan.FromSeconds(30);

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("pushCompletion", s => new PushCompletionModule(s));

    public void Register(EmulatorRouter router) => router.MapControl("POST", "pushes/{pushId}/wait", WaitAsync);

    private async ValueTask<EmulatorResponse> WaitAsync(ControlContext context, CancellationToken cancellationToken)
    {
        string id = Uri.UnescapeDataString(context.Route("pushId"));
        EmulatorPush? push = services.Pushes.Log.All.FirstOrDefault(p => p.Id == id);
        if (push is null)
        {
            return LinkedInError.NotFound($"No push with id '{id}'.").ToResponse();
        }

        long timeoutMs = context.GetInt64("timeoutMs") ?? (long)s_defaultTimeout.TotalMilliseconds;
        if (timeoutMs < 0)
        {
            return LinkedInError.BadRequest("Property 'timeoutMs' must not be negative.").ToResponse();
        }

        try
        {
            await push.WaitForCompletionAsync(cancellationToken).WaitAsync(TimeSpan.FromMilliseconds(timeoutMs), services.Options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Answered below with the state it has now (PENDING).
        }

        return EmulatorResponse.Ok(new JsonObject
        {
            ["id"] = push.Id,
            ["eventType"] = PushEventTypes.WireValue(push.EventType),
            ["customerId"] = push.CustomerId,
            ["requestId"] = push.RequestId,
            ["state"] = push.State.ToString().ToUpperInvariant(),
            ["attempts"] = new JsonArray([.. push.Attempts.Select(a => (JsonNode?)new JsonObject
            {
                ["number"] = a.Number,
                ["status"] = (int?)a.StatusCode,
                ["failure"] = a.Failure,
            })]),
        });
    }
}
