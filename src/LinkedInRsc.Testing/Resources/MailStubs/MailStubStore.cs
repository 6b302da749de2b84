using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources.Members;

namespace LinkedInRsc.Testing.Resources.MailStubs;

/// <summary>
/// <c>mailStubs?q=contract</c>: the stub profiles members created by sharing their contact details in an InMail reply,
/// found by contract, owner seats and creation date, capped like LinkedIn's hosted search.
/// </summary>
internal sealed class MailStubStore : IEmulatorStore<MailStubStore>
{
    private readonly object _gate = new();
    private readonly List<MailStubRecord> _stubs = [];
    private long _nextStub = 800_001;

    /// <summary>LinkedIn's hosted-search cap for mail stubs (20,000 results).</summary>
    public int MailStubSearchCap { get; set; } = 20_000;

    public static MailStubStore Create(EmulatorStores stores) => new();

    /// <summary>Records a stub for the member who replied to an InMail of <paramref name="ownerSeatUrn"/>.</summary>
    public MailStubRecord Add(string contractUrn, string ownerSeatUrn, MemberRecord member, string? emailAddress, string? phoneNumber, DateTimeOffset createdAt)
    {
        lock (_gate)
        {
            var stub = new MailStubRecord(_nextStub++, contractUrn, ownerSeatUrn, member, emailAddress, phoneNumber, createdAt);
            _stubs.Add(stub);
            return stub;
        }
    }

    /// <summary><c>mailStubs?q=contract</c>: <c>contract</c> required; created in [start, end); beyond the search cap → 400.</summary>
    public FinderPage<MailStubRecord> QueryMailStubs(string? contract, IReadOnlyCollection<string> owners, long? createdStart, long? createdEnd, int? start, int? count)
    {
        ActivityRules.RequireContract(contract);
        var (from, to) = ActivityRules.Window(createdStart, createdEnd, "createdDateStart", "createdDateEnd", null, required: false);
        lock (_gate)
        {
            var all = _stubs
                .Where(s => s.ContractUrn == contract && (owners.Count == 0 || owners.Contains(s.OwnerSeatUrn)) && s.CreatedAt >= from && s.CreatedAt < to)
                .OrderBy(s => s.CreatedAt)
                .ToList();
            if (all.Count > MailStubSearchCap)
            {
                throw ResourceRequestException.BadRequest($"The search matches {all.Count} mail stubs, more than the {MailStubSearchCap} LinkedIn's hosted search can return; narrow it with 'owners' or a date range.");
            }

            return FinderPage<MailStubRecord>.Of(all, PageRequest.Create(start, count));
        }
    }
}
