using LinkedInRsc.Customers;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Console;

/// <summary>The LinkedIn stand-in played by the emulator inside this process, through its C# API.</summary>
internal sealed class EmbeddedLinkedInSide(LinkedInRscEmulator emulator) : ILinkedInSide
{
    public string Description => $"the RSC emulator at {emulator.BaseAddress} (in this process; its clock moves when the story says so)";

    public bool MovesClock => true;

    public Task SetJobPostingProcessingTimeAsync(TimeSpan processingTime, CancellationToken cancellationToken)
    {
        emulator.SetJobPostingProcessingTime(processingTime);
        return Task.CompletedTask;
    }

    public async Task<ConnectedAdmin> ConnectAdminAsync(string customerId, IReadOnlyList<ContractUrn>? contractUrns, CancellationToken cancellationToken)
    {
        EmulatedCustomer connected = await emulator.ConnectAdminAsync(customerId, contractUrns: contractUrns, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new ConnectedAdmin(connected.OrganizationUrn!.Value, connected.ContractUrns);
    }

    public async Task<LinkedInPush> EnableIntegrationsAsync(string customerId, AccessLevel level, ContractUrn? contractUrn, CancellationToken cancellationToken)
    {
        EmulatorIntegrationChange change = await emulator.EnableIntegrationsAsync(customerId, level, contractUrn, cancellationToken).ConfigureAwait(false);
        EmulatorPush push = change.Push ?? throw new SampleCheckException($"{customerId}: LinkedIn sent no push (no callback URL?).");
        return LinkedInPush.From(push, await push.WaitForCompletionAsync(cancellationToken).ConfigureAwait(false));
    }

    public Task<EmulatedMember> AddMemberAsync(EmulatedMemberSetup setup, CancellationToken cancellationToken) =>
        emulator.AddMemberAsync(setup, cancellationToken);

    public Task<EmulatedSeat> AddSeatAsync(ContractUrn contractUrn, PersonUrn memberUrn, string firstName, string lastName, CancellationToken cancellationToken) =>
        emulator.AddSeatAsync(contractUrn, memberUrn, firstName, lastName, cancellationToken: cancellationToken);

    public Task<Uri> AuthorizeMemberAsync(string clientId, PersonUrn memberUrn, Uri redirectUri, string state, CancellationToken cancellationToken) =>
        Task.FromResult(emulator.AuthorizeMember(clientId, memberUrn, redirectUri, state));

    public async Task<LinkedInPush> ExportCandidateAsync(string customerId, PersonUrn memberUrn, string externalJobPostingId, SeatUrn exporterSeatUrn, CancellationToken cancellationToken)
    {
        EmulatedExport export = await emulator.ExportCandidateAsync(customerId, memberUrn, externalJobPostingId, exporterSeatUrn, cancellationToken: cancellationToken).ConfigureAwait(false);
        return LinkedInPush.From(export.Push, await export.Push.WaitForCompletionAsync(cancellationToken).ConfigureAwait(false));
    }

    public async Task<string> SendInMailAsync(SeatUrn seatUrn, PersonUrn memberUrn, string subject, string body, CancellationToken cancellationToken) =>
        (await emulator.SendInMailAsync(seatUrn, memberUrn, subject, body, cancellationToken).ConfigureAwait(false)).ThreadUrn;

    public Task ReplyToInMailAsync(string threadUrn, string body, bool shareContactDetails, string? emailAddress, CancellationToken cancellationToken) =>
        emulator.ReplyToInMailAsync(threadUrn, body, shareContactDetails, emailAddress, cancellationToken: cancellationToken);

    public async Task<long> WriteProspectNoteAsync(SeatUrn seatUrn, PersonUrn memberUrn, string note, CancellationToken cancellationToken) =>
        (await emulator.WriteProspectNoteAsync(seatUrn, memberUrn, note, cancellationToken).ConfigureAwait(false)).Id;

    public Task EditProspectNoteAsync(long noteId, string note, CancellationToken cancellationToken) =>
        emulator.EditProspectNoteAsync(noteId, note, cancellationToken);

    public Task DeleteProspectNoteAsync(long noteId, CancellationToken cancellationToken) =>
        emulator.DeleteProspectNoteAsync(noteId, cancellationToken);

    public Task CloseMemberProfileAsync(PersonUrn memberUrn, CancellationToken cancellationToken) =>
        emulator.CloseMemberProfileAsync(memberUrn, cancellationToken);

    public Task<SyncedOnLinkedIn> GetSyncedDataAsync(OrganizationUrn organizationUrn, CancellationToken cancellationToken)
    {
        EmulatedSyncedData data = emulator.GetSyncedData(organizationUrn);
        return Task.FromResult(new SyncedOnLinkedIn(data.Candidates, data.Applications.Count));
    }
}
