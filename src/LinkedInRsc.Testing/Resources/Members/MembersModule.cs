using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Members;

/// <summary>The members' control endpoint, <c>POST /_emulator/members</c>: the HTTP twin of <c>AddMemberAsync</c>.</summary>
internal sealed class MembersModule : IEmulatorModule
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("members", _ => new MembersModule());

    public void Register(EmulatorRouter router) => router.MapControl("POST", "members", AddMemberAsync);

    private static ValueTask<EmulatorResponse> AddMemberAsync(ControlContext context, CancellationToken cancellationToken) => ControlScript.RunAsync(async () =>
    {
        var member = await context.Emulator.AddMemberAsync(
            new EmulatedMemberSetup
            {
                FirstName = context.RequireString("firstName"),
                LastName = context.RequireString("lastName"),
                EmailAddresses = ControlScript.Strings(context, "emailAddresses"),
                PersonUrn = context.GetString("personId") is { } personId ? ControlUrns.FromId<PersonUrn, string>(personId, PersonUrn.FromId, "personId") : null,
                Headline = context.GetString("headline"),
                Location = context.GetString("location"),
                CurrentEmployerNames = ControlScript.Strings(context, "currentEmployerNames"),
            },
            cancellationToken).ConfigureAwait(false);
        return new JsonObject { ["member"] = member.PersonUrn.ToString(), ["profileUrl"] = member.ProfileUrl.AbsoluteUri };
    }, 201);
}
