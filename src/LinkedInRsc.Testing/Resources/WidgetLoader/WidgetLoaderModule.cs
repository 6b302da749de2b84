using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Web;
using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources.Candidates;
using LinkedInRsc.Testing.Resources.Members;

namespace LinkedInRsc.Testing.Resources.WidgetLoader;

/// <summary>
/// A stand-in for LinkedIn's widget loader (<c>platform.linkedin.com/xdoor/scripts/in.js</c>), so the onboarding and
/// profile widgets an ATS page embeds can be clicked through in a real browser against the emulator:
/// <c>GET /_emulator/widgetLoader/in.js</c> is the script; it reads the attributes the SDK's embeds write, asks the two
/// JSON endpoints below what to show, and calls the page's callbacks as LinkedIn's widgets do.
/// </summary>
/// <remarks>
/// The page is served from the ATS's origin and the emulator from its own, so every answer here allows any origin
/// (<c>Access-Control-Allow-Origin: *</c>); the script sends only requests a browser makes without a preflight (GET,
/// and POST with a <c>text/plain</c> body).
/// </remarks>
internal sealed class WidgetLoaderModule(EmulatorServices services) : IEmulatorModule
{
    /// <summary>The path of the loader script under <c>/_emulator/</c>.</summary>
    public const string ScriptPath = "widgetLoader/in.js";

    private readonly WidgetLoaderStore _store = services.Stores.Get<WidgetLoaderStore>();
    private readonly CandidateStore _candidates = services.Stores.Get<CandidateStore>();
    private readonly MemberDirectory _members = services.Stores.Get<MemberDirectory>();
    private readonly TenantAdmin _admin = new(services);

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("widgetLoader", s => new WidgetLoaderModule(s));

    public void Register(EmulatorRouter router)
    {
        router.MapControl("GET", ScriptPath, Script);
        router.MapControl("GET", "widgetLoader/onboarding", Onboarding);
        router.MapControl("POST", "widgetLoader/onboarding", Integrate);
        router.MapControl("GET", "widgetLoader/profile", Profile);
    }

    private static ValueTask<EmulatorResponse> Script(ControlContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Cors(EmulatorResponse.Raw(200, WidgetLoaderScript.Text, "application/javascript; charset=utf-8")));

    /// <summary><c>GET widgetLoader/onboarding?apiKey=</c>: the customer and the contracts its admin may connect.</summary>
    private ValueTask<EmulatorResponse> Onboarding(ControlContext context, CancellationToken cancellationToken) => Answer(() =>
    {
        lock (services.State.Sync)
        {
            CustomerState customer = CustomerOf(context);
            var contracts = new JsonArray();
            foreach (ContractUrn contract in Offered(customer))
            {
                contracts.Add((JsonNode)contract.ToString());
            }

            return EmulatorResponse.Ok(new JsonObject
            {
                ["customerId"] = customer.UniqueForeignId,
                ["applicationName"] = customer.Name,
                ["organization"] = customer.OrganizationUrn,
                ["contracts"] = contracts,
            });
        }
    });

    /// <summary>
    /// <c>POST widgetLoader/onboarding</c> <c>{"apiKey","bundles":["RECRUITER_SYSTEM_CONNECT_COMPANY"|"…_CONTRACT"],"contract"?}</c>:
    /// the admin connects; answers the integrations requested, in the shape the widget hands the page's callback.
    /// </summary>
    private ValueTask<EmulatorResponse> Integrate(ControlContext context, CancellationToken cancellationToken) => Answer(() =>
    {
        string apiKey = context.RequireString("apiKey");
        var bundles = (context.Body["bundles"] as JsonArray ?? []).Select(b => b?.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        bool company = bundles.Contains("RECRUITER_SYSTEM_CONNECT_COMPANY");
        bool contract = bundles.Contains("RECRUITER_SYSTEM_CONNECT_CONTRACT");
        if (!company && !contract)
        {
            throw LinkedInError.BadRequest("Choose at least one bundle: RECRUITER_SYSTEM_CONNECT_COMPANY or RECRUITER_SYSTEM_CONNECT_CONTRACT.").AsException();
        }

        lock (services.State.Sync)
        {
            CustomerState customer = CustomerByApiKey(apiKey);
            IReadOnlyList<ContractUrn> offered = Offered(customer);
            ContractUrn chosen = offered[0];
            if (context.GetString("contract") is { } named)
            {
                chosen = offered.FirstOrDefault(c => c.ToString() == named);
                if (chosen == default)
                {
                    throw LinkedInError.BadRequest($"Contract '{named}' is not one this admin may connect ({string.Join(", ", offered)}).").AsException();
                }
            }

            _admin.Connect(customer, customer.OrganizationUrn is { } known ? OrganizationUrn.Parse(known) : OrganizationUrn.FromId(FreeId()), [chosen]);
            var integrations = new JsonArray();
            if (company)
            {
                foreach (string type in IntegrationTypes.CompanyLevel)
                {
                    integrations.Add((JsonNode)Requested(customer.OrganizationUrn!, type));
                }
            }

            if (contract)
            {
                integrations.Add((JsonNode)Requested(chosen.ToString(), IntegrationTypes.CsaApi));
            }

            return EmulatorResponse.Ok(integrations);
        }
    });

    /// <summary>
    /// <c>GET widgetLoader/profile?apiKey=&amp;candidate=</c>: what the profile widget shows for a synced candidate — the
    /// linked member, or LinkedIn's matches (each with name and headline) for the recruiter to link.
    /// </summary>
    private ValueTask<EmulatorResponse> Profile(ControlContext context, CancellationToken cancellationToken) => Answer(() =>
    {
        string candidateId = Query(context, "candidate");
        string? organization;
        lock (services.State.Sync)
        {
            organization = CustomerOf(context).OrganizationUrn;
        }

        var answer = new JsonObject { ["candidate"] = candidateId, ["synced"] = false, ["linked"] = null, ["matches"] = new JsonArray() };
        if (organization is null)
        {
            return EmulatorResponse.Ok(answer);
        }

        StoreOutcome stored = _candidates.Get(new CandidateKey(candidateId, "ATS", organization));
        if (!stored.IsSuccess || stored.Value is not JsonObject candidate)
        {
            return EmulatorResponse.Ok(answer);
        }

        answer["synced"] = true;
        if (candidate[CandidateStore.ManualMatchedMember]?.GetValue<string>() is { } linked)
        {
            answer["linked"] = Describe(linked, "LINKED");
        }

        var matches = (JsonArray)answer["matches"]!;
        foreach (JsonNode? match in candidate[CandidateStore.MatchedMembers] as JsonArray ?? [])
        {
            if (match?["member"]?.GetValue<string>() is { } member)
            {
                matches.Add((JsonNode)Describe(member, match["matchType"]?.GetValue<string>() ?? "POSSIBLE"));
            }
        }

        return EmulatorResponse.Ok(answer);
    });

    private JsonObject Describe(string personUrn, string matchType)
    {
        MemberRecord? member = _members.Find(personUrn);
        return new JsonObject
        {
            ["member"] = personUrn,
            ["matchType"] = matchType,
            ["firstName"] = member?.FirstName,
            ["lastName"] = member?.LastName,
            ["headline"] = member?.Headline,
            ["profileUrl"] = member?.ProfileUrl,
        };
    }

    private static JsonObject Requested(string context, string type) => new()
    {
        ["integrationContext"] = context,
        ["integrationType"] = type,
        ["onboardingStatus"] = IntegrationStatuses.Requested,
    };

    private IReadOnlyList<ContractUrn> Offered(CustomerState customer) =>
        customer.ContractUrns.Count > 0
            ? [.. customer.ContractUrns.Select(ContractUrn.Parse)]
            : _store.Offer(customer.UniqueForeignId, FreeId);

    /// <summary>A new id no organization or contract has (a seeded emulator may hold URNs the counter reaches later).</summary>
    private long FreeId()
    {
        long id;
        do
        {
            id = services.State.NextId();
        }
        while (services.State.FindOwnerOfContext(OrganizationUrn.FromId(id).ToString()) is not null
            || services.State.FindOwnerOfContext(ContractUrn.FromId(id).ToString()) is not null);
        return id;
    }

    private CustomerState CustomerOf(ControlContext context) => CustomerByApiKey(Query(context, "apiKey"));

    private CustomerState CustomerByApiKey(string apiKey) =>
        services.State.CustomersByForeignId.Values.FirstOrDefault(c => c.Application.ClientId == apiKey)
        ?? throw LinkedInError.NotFound($"No customer application has the API key '{apiKey}'.").AsException();

    private static string Query(ControlContext context, string name) =>
        HttpUtility.ParseQueryString(context.Request.Query)[name] is { Length: > 0 } value
            ? value
            : throw LinkedInError.BadRequest($"The query parameter '{name}' is required.").AsException();

    private static ValueTask<EmulatorResponse> Answer(Func<EmulatorResponse> answer)
    {
        try
        {
            return ValueTask.FromResult(Cors(answer()));
        }
        catch (LinkedInErrorException ex)
        {
            return ValueTask.FromResult(Cors(EmulatorResponse.Json(ex.Error.Status, ex.Error.ToJson())));
        }
    }

    private static EmulatorResponse Cors(EmulatorResponse response) => response.WithHeader("Access-Control-Allow-Origin", "*");
}
