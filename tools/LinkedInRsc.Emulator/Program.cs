using System.Runtime.InteropServices;
using LinkedInRsc.Authentication;
using LinkedInRsc.Testing;

// The standalone RSC emulator: API (/v2/...), OAuth (/oauth/v2/accessToken) and control (/_emulator/...) on one origin.
// Usage: dotnet run --project tools/LinkedInRsc.Emulator -- [--urls http://127.0.0.1:5080] [--seed seed.json]
//        [--customer id[:company|contract]]... [--partner-client-id id] [--partner-client-secret secret]
//        [--allow-http-callbacks]
const string Usage = """
    LinkedInRsc RSC emulator
      --urls http://127.0.0.1:<port>    where to listen (loopback only; port 0 = any free port). Default http://127.0.0.1:5080
      --seed <file.json>                apply a seed document {"steps":[{"method","path","body"}]} of /_emulator/ calls
      --customer <id>[:company|contract]  add a customer with enabled integrations (repeatable)
      --partner-client-id <id>          partner application client id (default emulator-partner)
      --partner-client-secret <secret>  partner application client secret (default emulator-partner-secret)
      --allow-http-callbacks            accept http:// loopback CALLBACK_URLs (LinkedIn requires HTTPS)
    """;

var options = new EmulatorOptions { Port = 5080 };
string? seedFile = null;
string? partnerId = null;
string? partnerSecret = null;
var customers = new List<(string Id, AccessLevel Level)>();
try
{
    for (int i = 0; i < args.Length; i++)
    {
        string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
        switch (args[i])
        {
            case "--urls":
                string url = Next().Split(';')[0];
                if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme != Uri.UriSchemeHttp || !(uri.IsLoopback || uri.Host is "localhost"))
                {
                    throw new ArgumentException($"--urls '{url}' must be http://127.0.0.1:<port> (the emulator listens on loopback only).");
                }

                options.Port = uri.Port;
                break;
            case "--seed":
                seedFile = Next();
                break;
            case "--customer":
                string[] parts = Next().Split(':');
                AccessLevel level = parts.Length > 1 && parts[1].Equals("contract", StringComparison.OrdinalIgnoreCase) ? AccessLevel.Contract
                    : parts.Length == 1 || parts[1].Equals("company", StringComparison.OrdinalIgnoreCase) ? AccessLevel.Company
                    : throw new ArgumentException($"--customer '{parts[0]}': the level must be company or contract.");
                customers.Add((parts[0], level));
                break;
            case "--partner-client-id":
                partnerId = Next();
                break;
            case "--partner-client-secret":
                partnerSecret = Next();
                break;
            case "--allow-http-callbacks":
                options.AllowHttpLoopbackCallbackUrls = true;
                break;
            case "-h" or "--help":
                Console.WriteLine(Usage);
                return 0;
            default:
                throw new ArgumentException($"Unknown argument '{args[i]}'.");
        }
    }

    options.PartnerCredentials = new ClientCredentials(partnerId ?? EmulatorOptions.DefaultPartnerClientId, partnerSecret ?? EmulatorOptions.DefaultPartnerClientSecret);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}

await using LinkedInRscEmulator emulator = await LinkedInRscEmulator.StartAsync(options);
emulator.Journal.EntryAdded += (_, entry) => Console.WriteLine($"{entry.Timestamp:HH:mm:ss} {entry}");
try
{
    if (seedFile is not null)
    {
        await emulator.ApplySeedAsync(await File.ReadAllTextAsync(seedFile));
    }

    foreach ((string id, AccessLevel level) in customers)
    {
        await emulator.AddCustomerAsync(id, level);
    }
}
catch (Exception ex) when (ex is InvalidOperationException or IOException)
{
    Console.Error.WriteLine($"Setup failed: {ex.Message}");
    return 1;
}

Console.WriteLine($"LinkedInRsc RSC emulator listening on {emulator.BaseAddress}");
Console.WriteLine($"  API:             {emulator.ApiBaseAddress}");
Console.WriteLine($"  Token endpoint:  {emulator.TokenEndpoint}");
Console.WriteLine($"  Control:         {emulator.BaseAddress}_emulator");
Console.WriteLine($"  Partner (parent) application: client_id={emulator.PartnerCredentials.ClientId} client_secret={emulator.PartnerCredentials.ClientSecret}");
foreach (EmulatedCustomer customer in emulator.Customers)
{
    Console.WriteLine($"  Customer {customer.Id}: client_id={customer.Credentials.ClientId} client_secret={customer.Credentials.ClientSecret} {customer.OrganizationUrn} [{string.Join(", ", customer.ContractUrns)}] {customer.AccessLevel}");
}

Console.WriteLine("Press Ctrl+C to stop.");
var stopped = new TaskCompletionSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true; // let Main dispose the emulator instead of the runtime exiting at once
    stopped.TrySetResult();
}

using PosixSignalRegistration onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using PosixSignalRegistration onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
await stopped.Task;
Console.WriteLine("Stopping.");
return 0;
