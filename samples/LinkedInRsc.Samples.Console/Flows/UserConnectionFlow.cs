using LinkedInRsc.Customers;
using LinkedInRsc.Testing;
using LinkedInRsc.Users;

namespace LinkedInRsc.Samples.Console.Flows;

/// <summary>
/// A user connects their LinkedIn account: the ATS sends them to LinkedIn's sign-in with the customer's child
/// application, LinkedIn redirects back with a code, the SDK exchanges it for the member and (at contract level) their
/// Recruiter seat, and the ATS maps its user to that seat — what the InMail and notes history views need.
/// </summary>
internal sealed class UserConnectionFlow : ISampleFlow
{
    public string Title => "Globex's users Rita and Sam connect their LinkedIn accounts";

    public FlowNeeds Needs => FlowNeeds.ScriptedLinkedIn;

    /// <summary>The ATS page LinkedIn redirects to after sign-in (registered on the child application at onboarding).</summary>
    public static Uri RedirectUriOf(string customerId) => new($"https://{customerId}.ats.example/linkedin/connected");

    public async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        ContractUrn contract = SampleCast.Require(context.Cast.GlobexContract, "Globex's contract", "Onboard");
        ICustomerClient globex = await context.ClientAsync(SampleCast.Globex, cancellationToken).ConfigureAwait(false);
        context.Cast.Rita = await ConnectAsync(context, globex, contract, "rita", "Rita", "Recruiter", cancellationToken).ConfigureAwait(false);
        context.Cast.Sam = await ConnectAsync(context, globex, contract, "sam", "Sam", "Sourcer", cancellationToken).ConfigureAwait(false);
    }

    private static async Task<EmulatedSeat> ConnectAsync(SampleContext context, ICustomerClient globex, ContractUrn contract, string userId, string firstName, string lastName, CancellationToken cancellationToken)
    {
        ILinkedInSide linkedIn = context.Env.LinkedIn;
        EmulatedMember member = await linkedIn.AddMemberAsync(new EmulatedMemberSetup { FirstName = firstName, LastName = lastName }, cancellationToken).ConfigureAwait(false);
        EmulatedSeat seat = await linkedIn.AddSeatAsync(contract, member.PersonUrn, firstName, lastName, cancellationToken).ConfigureAwait(false);

        Uri redirect = RedirectUriOf(SampleCast.Globex);
        string state = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)); // unguessable; the ATS keeps it in the user's session
        Uri signIn = globex.Users.BuildAuthorizationUri(redirect, state);
        context.Say.Say($"[globex] {firstName} clicks \"Connect LinkedIn\" and is sent to {signIn.GetLeftPart(UriPartial.Path)}.");
        Uri back = await linkedIn.AuthorizeMemberAsync(globex.Customer.Credentials!.ClientId, member.PersonUrn, redirect, state, cancellationToken).ConfigureAwait(false);
        var query = System.Web.HttpUtility.ParseQueryString(back.Query);
        SampleCheckException.Expect(query["state"] == state, $"{userId}: LinkedIn did not return the state the ATS sent.");
        string code = query["code"] ?? throw new SampleCheckException($"{userId}: LinkedIn returned no code.");

        UserConnection connection = await globex.Users.CompleteAsync(code, redirect, cancellationToken).ConfigureAwait(false);
        context.Say.Say($"[globex] Back at the ATS with a code: {firstName} is member {connection.Person}, Recruiter seat {connection.Seat}.");
        SampleCheckException.Expect(connection.Person == member.PersonUrn, $"{userId}: the connection names another member.");
        SampleCheckException.Expect(connection.Seat == seat.SeatUrn, $"{userId}: the connection found seat {connection.Seat}, not {seat.SeatUrn}.");
        context.Env.Ats.Tenant(SampleCast.Globex).MapUser(userId, connection.Seat);
        return seat;
    }
}
