using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LinkedInRsc.Customers;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Console;

/// <summary>
/// The LinkedIn stand-in played by a standalone emulator (<c>tools/LinkedInRsc.Emulator</c>), through its
/// <c>/_emulator/</c> control endpoints — the HTTP twin of every C# action (see docs/emulator.md). Its pushes reach the
/// ATS through the loopback callback listener; a push is awaited with <c>POST /_emulator/pushes/{id}/wait</c>, not by
/// polling. A refused action (LinkedIn-shaped 4xx) fails the step with the emulator's reason.
/// </summary>
internal sealed class StandaloneLinkedInSide(HttpClient http) : ILinkedInSide, IDisposable
{
    /// <summary>How long an action waits for LinkedIn to deliver a push (the first attempt normally lands at once).</summary>
    private const int PushWaitMilliseconds = 30_000;

    public string Description => $"the standalone RSC emulator at {http.BaseAddress} (through its /_emulator/ control endpoints, on real time)";

    public bool MovesClock => false;

    /// <summary>A control client for the emulator whose origin is <paramref name="origin"/>.</summary>
    public static StandaloneLinkedInSide For(Uri origin) =>
        new(new HttpClient { BaseAddress = new Uri(origin, "/_emulator/"), Timeout = TimeSpan.FromSeconds(100) });

    public void Dispose() => http.Dispose();

    public Task SetJobPostingProcessingTimeAsync(TimeSpan processingTime, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, "jobPostingTasks/processingTime", new JsonObject { ["milliseconds"] = (long)processingTime.TotalMilliseconds }, cancellationToken);

    public async Task<ConnectedAdmin> ConnectAdminAsync(string customerId, IReadOnlyList<ContractUrn>? contractUrns, CancellationToken cancellationToken)
    {
        var body = new JsonObject();
        if (contractUrns is not null)
        {
            body["contractIds"] = new JsonArray([.. contractUrns.Select(c => (JsonNode?)long.Parse(c.Id, CultureInfo.InvariantCulture))]);
        }

        JsonObject customer = await SendAsync(HttpMethod.Post, $"customers/{Escape(customerId)}/admin/connect", body, cancellationToken).ConfigureAwait(false);
        return new ConnectedAdmin(
            OrganizationUrn.Parse(Text(customer, "organizationUrn")),
            [.. (customer["contractUrns"] as JsonArray ?? []).Select(c => ContractUrn.Parse(c!.GetValue<string>()))]);
    }

    public async Task<LinkedInPush> EnableIntegrationsAsync(string customerId, AccessLevel level, ContractUrn? contractUrn, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["accessLevel"] = level == AccessLevel.Contract ? "contract" : "company" };
        if (contractUrn is { } contract)
        {
            body["contractUrn"] = contract.ToString();
        }

        JsonObject change = await SendAsync(HttpMethod.Post, $"customers/{Escape(customerId)}/integrations/enable", body, cancellationToken).ConfigureAwait(false);
        string pushId = change["pushId"]?.GetValue<string>() ?? throw new SampleCheckException($"{customerId}: LinkedIn sent no push (no callback URL?).");
        return await WaitForPushAsync(pushId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<EmulatedMember> AddMemberAsync(EmulatedMemberSetup setup, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["firstName"] = setup.FirstName,
            ["lastName"] = setup.LastName,
            ["emailAddresses"] = new JsonArray([.. setup.EmailAddresses.Select(e => (JsonNode?)e)]),
        };
        if (setup.PersonUrn is { } person)
        {
            body["personId"] = person.Id;
        }

        JsonObject member = await SendAsync(HttpMethod.Post, "members", body, cancellationToken).ConfigureAwait(false);
        return new EmulatedMember(PersonUrn.Parse(Text(member, "member")), new Uri(Text(member, "profileUrl")));
    }

    public async Task<EmulatedSeat> AddSeatAsync(ContractUrn contractUrn, PersonUrn memberUrn, string firstName, string lastName, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["contract"] = contractUrn.ToString(), ["member"] = memberUrn.ToString(), ["firstName"] = firstName, ["lastName"] = lastName };
        JsonObject seat = await SendAsync(HttpMethod.Post, "seats", body, cancellationToken).ConfigureAwait(false);
        return new EmulatedSeat(SeatUrn.Parse(Text(seat, "seat")), ContractUrn.Parse(Text(seat, "contract")), PersonUrn.Parse(Text(seat, "member")), EmulatedSeatState.Active);
    }

    public async Task<Uri> AuthorizeMemberAsync(string clientId, PersonUrn memberUrn, Uri redirectUri, string state, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["clientId"] = clientId, ["redirectUri"] = redirectUri.AbsoluteUri, ["state"] = state };
        JsonObject answer = await SendAsync(HttpMethod.Post, $"members/{Escape(memberUrn.ToString())}/authorize", body, cancellationToken).ConfigureAwait(false);
        return new Uri(Text(answer, "redirectUri"));
    }

    public async Task<LinkedInPush> ExportCandidateAsync(string customerId, PersonUrn memberUrn, string externalJobPostingId, SeatUrn exporterSeatUrn, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["customerId"] = customerId, ["member"] = memberUrn.ToString(), ["externalJobPostingId"] = externalJobPostingId, ["seat"] = exporterSeatUrn.ToString() };
        JsonObject export = await SendAsync(HttpMethod.Post, "exports", body, cancellationToken).ConfigureAwait(false);
        return await WaitForPushAsync(Text(export, "pushId"), cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> SendInMailAsync(SeatUrn seatUrn, PersonUrn memberUrn, string subject, string body, CancellationToken cancellationToken)
    {
        var request = new JsonObject { ["seat"] = seatUrn.ToString(), ["member"] = memberUrn.ToString(), ["subject"] = subject, ["body"] = body };
        return Text(await SendAsync(HttpMethod.Post, "inmails", request, cancellationToken).ConfigureAwait(false), "threadUrn");
    }

    public Task ReplyToInMailAsync(string threadUrn, string body, bool shareContactDetails, string? emailAddress, CancellationToken cancellationToken)
    {
        var request = new JsonObject { ["threadUrn"] = threadUrn, ["body"] = body, ["shareContactDetails"] = shareContactDetails };
        if (emailAddress is not null)
        {
            request["emailAddress"] = emailAddress;
        }

        return SendAsync(HttpMethod.Post, "inmails/replies", request, cancellationToken);
    }

    public async Task<long> WriteProspectNoteAsync(SeatUrn seatUrn, PersonUrn memberUrn, string note, CancellationToken cancellationToken)
    {
        var request = new JsonObject { ["seat"] = seatUrn.ToString(), ["member"] = memberUrn.ToString(), ["note"] = note };
        JsonObject written = await SendAsync(HttpMethod.Post, "prospectNotes", request, cancellationToken).ConfigureAwait(false);
        return written["id"]!.GetValue<long>();
    }

    public Task EditProspectNoteAsync(long noteId, string note, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"prospectNotes/{noteId.ToString(CultureInfo.InvariantCulture)}", new JsonObject { ["note"] = note }, cancellationToken);

    public Task DeleteProspectNoteAsync(long noteId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"prospectNotes/{noteId.ToString(CultureInfo.InvariantCulture)}", null, cancellationToken);

    public Task CloseMemberProfileAsync(PersonUrn memberUrn, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"members/{Escape(memberUrn.ToString())}/close", new JsonObject(), cancellationToken);

    public async Task<SyncedOnLinkedIn> GetSyncedDataAsync(OrganizationUrn organizationUrn, CancellationToken cancellationToken)
    {
        JsonObject data = await SendAsync(HttpMethod.Get, $"organizations/{Escape(organizationUrn.ToString())}/syncedData", null, cancellationToken).ConfigureAwait(false);
        EmulatedSyncedCandidate[] candidates = [.. (data["candidates"] as JsonArray ?? []).Select(c => new EmulatedSyncedCandidate(
            c!["atsCandidateId"]!.GetValue<string>(),
            c["manualMatchedMember"]?.GetValue<string>() is { } member ? PersonUrn.Parse(member) : null,
            c["noteCount"]!.GetValue<int>()))];
        return new SyncedOnLinkedIn(candidates, (data["applications"] as JsonArray)?.Count ?? 0);
    }

    private async Task<LinkedInPush> WaitForPushAsync(string pushId, CancellationToken cancellationToken)
    {
        JsonObject push = await SendAsync(HttpMethod.Post, $"pushes/{Escape(pushId)}/wait", new JsonObject { ["timeoutMs"] = PushWaitMilliseconds }, cancellationToken).ConfigureAwait(false);
        JsonArray attempts = push["attempts"] as JsonArray ?? [];
        return new LinkedInPush(
            Text(push, "eventType"),
            push["requestId"]?.GetValue<string>(),
            Enum.Parse<EmulatorPushState>(Text(push, "state"), ignoreCase: true),
            attempts.Count,
            attempts.Count == 0 ? null : attempts[^1]!["status"]?.GetValue<int>());
    }

    private async Task<JsonObject> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        string text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonNode? json = text.Length == 0 ? null : JsonNode.Parse(text);
        if (!response.IsSuccessStatusCode)
        {
            string reason = json?["message"]?.GetValue<string>() ?? text;
            throw new SampleCheckException($"the emulator refused {method} /_emulator/{path}: {(int)response.StatusCode} {reason}");
        }

        return json as JsonObject ?? [];
    }

    private static string Text(JsonObject json, string name) =>
        json[name]?.GetValue<string>() ?? throw new SampleCheckException($"the emulator's answer has no '{name}'.");

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
