using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.MemberSignIn;

/// <summary>
/// The HTTP twins of the member's side of 3-legged OAuth (<see cref="EmulatorMemberActions"/>), so that the standalone
/// emulator serves LinkedIn's <c>/v2/me</c> request without C#:
/// <c>POST /_emulator/members/{memberUrn}/signIn</c> makes the authorization page see that member, and
/// <c>POST /_emulator/members/{memberUrn}/authorize</c> <c>{"clientId","redirectUri","state"?}</c> answers the code the
/// browser would bring back, for the <c>grant_type=authorization_code</c> token request.
/// </summary>
internal sealed class MemberSignInModule : IEmulatorModule
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("memberSignIn", _ => new MemberSignInModule());

    public void Register(EmulatorRouter router)
    {
        router.MapControl("POST", "members/{memberUrn}/signIn", SignInAsync);
        router.MapControl("POST", "members/{memberUrn}/authorize", AuthorizeAsync);
    }

    private static PersonUrn Member(ControlContext context) =>
        PersonUrn.TryParse(context.Route("memberUrn"), out PersonUrn member)
            ? member
            : throw LinkedInError.BadRequest($"'{context.Route("memberUrn")}' is not a person URN (urn:li:person:{{id}}).").AsException();

    private static ValueTask<EmulatorResponse> SignInAsync(ControlContext context, CancellationToken cancellationToken) => ControlScript.RunAsync(() =>
    {
        PersonUrn member = Member(context);
        context.Emulator.SignInMember(member);
        return Task.FromResult(new JsonObject { ["member"] = member.ToString() });
    });

    private static ValueTask<EmulatorResponse> AuthorizeAsync(ControlContext context, CancellationToken cancellationToken) => ControlScript.RunAsync(() =>
    {
        PersonUrn member = Member(context);
        string redirect = context.RequireString("redirectUri");
        if (!Uri.TryCreate(redirect, UriKind.Absolute, out Uri? redirectUri))
        {
            throw new ArgumentException($"redirectUri must be an absolute URL, was '{redirect}'.");
        }

        Uri location = context.Emulator.AuthorizeMember(context.RequireString("clientId"), member, redirectUri, context.GetString("state"));
        string? code = OAuthEndpoint.ParseForm(location.Query.TrimStart('?')).GetValueOrDefault("code");
        return Task.FromResult(new JsonObject { ["code"] = code, ["redirectUri"] = location.AbsoluteUri });
    });
}
