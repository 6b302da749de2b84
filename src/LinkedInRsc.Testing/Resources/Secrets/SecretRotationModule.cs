using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Secrets;

/// <summary>
/// Secret rotation of child applications: <c>POST /v2/developerApplicationsSecurity?action=rollDeveloperApplicationSecret</c>
/// with the partner's token and <c>{"childDeveloperApplication":"urn:li:developerApplication:{id}"}</c> answers
/// <c>{"value":{"client_secret":"…"}}</c>; the old secret stays active next to the new one (both get tokens, pushes are
/// signed with the new one) until it is deleted, and a third secret is refused while two are active. LinkedIn's
/// deletion endpoint is not published, so deletion is the control endpoint
/// <c>DELETE /_emulator/customers/{customerId}/secrets/previous</c>.
/// </summary>
internal sealed class SecretRotationModule(EmulatorServices services) : IEmulatorModule
{
    internal const string Resource = "developerApplicationsSecurity";
    internal const string RollAction = "rollDeveloperApplicationSecret";

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("secretRotation", s => new SecretRotationModule(s));

    public void Register(EmulatorRouter router)
    {
        router.Map(Resource, RestLiMethod.Action, RollAsync, RouteCaller.Partner);
        router.MapControl("DELETE", "customers/{customerId}/secrets/previous", DeletePreviousAsync);
    }

    private ValueTask<EmulatorResponse> RollAsync(RequestContext context, CancellationToken cancellationToken)
    {
        if (context.GetString("action") != RollAction)
        {
            throw LinkedInError.BadRequest($"Action '{context.GetString("action")}' is not supported on {Resource}; use action={RollAction}.").AsException();
        }

        string? child = (context.Body as JsonObject)?["childDeveloperApplication"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(child))
        {
            throw LinkedInError.BadRequest("childDeveloperApplication is required: the child application's URN, urn:li:developerApplication:{id}.").AsException();
        }

        lock (services.State.Sync)
        {
            CustomerState customer = services.State.CustomersByForeignId.Values.FirstOrDefault(c => c.Application.Urn == child)
                ?? throw LinkedInError.NotFound($"No child application {child} of this partner.").AsException();
            string secret = EmulatorState.NewOpaque(12);
            if (!customer.Application.TryRoll(secret))
            {
                throw LinkedInError.BadRequest($"{child} already has two active secrets; delete one before rotating.").AsException();
            }

            return ValueTask.FromResult(EmulatorResponse.Ok(new JsonObject { ["value"] = new JsonObject { ["client_secret"] = secret } }));
        }
    }

    private ValueTask<EmulatorResponse> DeletePreviousAsync(ControlContext context, CancellationToken cancellationToken)
    {
        lock (services.State.Sync)
        {
            if (!services.State.CustomersByForeignId.TryGetValue(context.Route("customerId"), out CustomerState? customer))
            {
                throw LinkedInError.NotFound($"No customer '{context.Route("customerId")}'.").AsException();
            }

            return ValueTask.FromResult(customer.Application.DeletePreviousSecret()
                ? EmulatorResponse.Empty()
                : LinkedInError.NotFound("The application has a single active secret.").ToResponse());
        }
    }
}
