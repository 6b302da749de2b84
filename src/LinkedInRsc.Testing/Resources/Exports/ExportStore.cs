using System.Globalization;
using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources.Members;

namespace LinkedInRsc.Testing.Resources.Exports;

/// <summary><c>exportedCandidates?q=request</c> and <c>atsPurgedExportedCandidates</c>.</summary>
internal sealed class ExportStore(TimeProvider time) : IEmulatorStore<ExportStore>
{
    private readonly object _gate = new();
    private readonly List<ExportRecord> _exports = [];
    private readonly List<PurgedRecord> _purged = [];
    private long _next = 1;

    public static ExportStore Create(EmulatorStores stores) => new(stores.Time);

    public ExportRecord Add(string integrationContext, string externalJobPostingId, string exporterSeatUrn, MemberRecord member, IReadOnlyList<string>? emailAddresses)
    {
        lock (_gate)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"export-{_next++:D6}");
            var export = new ExportRecord(id, integrationContext, externalJobPostingId, exporterSeatUrn, member, emailAddresses ?? [], time.GetUtcNow());
            _exports.Add(export);
            return export;
        }
    }

    public IReadOnlyList<ExportRecord> FindByRequest(string requestId)
    {
        lock (_gate)
        {
            return _exports.Where(e => e.RequestId == requestId).ToList();
        }
    }

    /// <summary>A member closed their profile: every organization they were exported to gets a purged record.</summary>
    public IReadOnlyList<PurgedRecord> Purge(string memberUrn)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var added = _exports
                .Where(e => e.Member.PersonUrn == memberUrn)
                .Select(e => e.IntegrationContext)
                .Distinct(StringComparer.Ordinal)
                .Where(ctx => !_purged.Any(p => p.IntegrationContext == ctx && p.MemberUrn == memberUrn))
                .Select(ctx => new PurgedRecord(ctx, memberUrn, now))
                .ToList();
            _purged.AddRange(added);
            return added;
        }
    }

    public FinderPage<PurgedRecord> QueryPurged(string integrationContext, int? start, int? count)
    {
        lock (_gate)
        {
            var all = _purged.Where(p => p.IntegrationContext == integrationContext).OrderBy(p => p.PurgedAt).ToList();
            return FinderPage<PurgedRecord>.Of(all, PageRequest.Create(start, count));
        }
    }
}
