using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.RestLi;
using LinkedInRsc.Validation;

namespace LinkedInRsc.Clients;

/// <summary><c>atsCandidates</c> and <c>atsCandidates/{key}/notes</c> for one customer.</summary>
internal sealed class CandidatesClient(RestLiClient restLi, ICustomerClient owner) : SyncResourceClient(restLi, owner), ICandidatesClient
{
    internal const string Resource = "atsCandidates";
    internal const string NotesResource = "atsCandidates/{candidate}/notes";
    internal const string ManualMatchedMemberField = "manualMatchedMember";

    public Task<BatchResult<string>> UpsertAsync(IEnumerable<AtsCandidate> candidates, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<AtsCandidate> items = Materialize(candidates, nameof(candidates));
        string organization = EnsureSyncAllowed();
        return WriteAsync(
            items,
            c => c.AtsCandidateId ?? string.Empty,
            "atsCandidateId",
            ValidateEach(items, EntityValidator.Validate),
            _ => string.Empty,
            (_, batch, ct) => SendBatchAsync(
                RestLiRequest.BatchUpdate(Resource, batch.Select(c => KeyValuePair.Create(RecordKey("atsCandidateId", c.AtsCandidateId, organization), ToJson(c)))),
                batch,
                c => c.AtsCandidateId,
                ct),
            cancellationToken);
    }

    public Task<BatchResult<string>> DeleteAsync(IEnumerable<string> atsCandidateIds, CancellationToken cancellationToken = default) =>
        WriteByIdAsync(atsCandidateIds, nameof(atsCandidateIds), (ids, organization) => RestLiRequest.BatchDelete(Resource, ids.Select(id => RecordKey("atsCandidateId", id, organization))), cancellationToken);

    public Task<BatchResult<AtsChildKey>> UpsertNotesAsync(IEnumerable<AtsCandidateNote> notes, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<AtsCandidateNote> items = Materialize(notes, nameof(notes));
        string organization = EnsureSyncAllowed();
        return WriteAsync(
            items,
            n => n.Key,
            "noteId",
            ValidateEach(items, EntityValidator.Validate),
            n => n.AtsCandidateId,
            (candidateId, batch, ct) => SendBatchAsync(
                RestLiRequest.BatchUpdate(NotesResource, batch.Select(n => KeyValuePair.Create(RestLiValue.FromString(n.NoteId), NoteBody(n.AtsCreatedAt, n.Note, n.Author))))
                    with
                { PathKeys = Parent(candidateId, organization) },
                batch,
                n => n.Key,
                ct),
            cancellationToken);
    }

    public Task<BatchResult<AtsChildKey>> DeleteNotesAsync(IEnumerable<AtsChildKey> keys, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<AtsChildKey> items = Materialize(keys, nameof(keys));
        string organization = EnsureSyncAllowed();
        return WriteAsync(
            items,
            k => k,
            "noteId",
            ValidateEach(items, ValidateChildKey("atsCandidateId", "noteId")),
            k => k.ParentId,
            (candidateId, batch, ct) => SendBatchAsync(
                RestLiRequest.BatchDelete(NotesResource, batch.Select(k => RestLiValue.FromString(k.Id))) with { PathKeys = Parent(candidateId, organization) },
                batch,
                k => k,
                ct),
            cancellationToken);
    }

    public async Task<IReadOnlyList<CandidateMatch>> GetMatchesAsync(IEnumerable<string> atsCandidateIds, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> ids = Materialize(atsCandidateIds, nameof(atsCandidateIds));
        for (int i = 0; i < ids.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(ids[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Item {i} of {nameof(atsCandidateIds)} is empty; pass the ATS's id of each candidate (nothing was sent)."), nameof(atsCandidateIds));
            }
        }

        string organization = EnsureSyncAllowed();
        var matches = new List<CandidateMatch>(ids.Count);
        var fields = new Dictionary<string, RestLiValue>(StringComparer.Ordinal) { ["fields"] = RestLiValue.ListOf([ManualMatchedMemberField, "matchedMembers"]) };
        foreach (string[] chunk in ids.Distinct(StringComparer.Ordinal).Chunk(MaxBatchSize))
        {
            RestLiValue[] keys = [.. chunk.Select(id => RecordKey("atsCandidateId", id, organization))];
            RestLiResponse response = await RestLi.SendAsync(Scoped(RestLiRequest.BatchGet(Resource, keys) with { QueryParameters = fields }), cancellationToken).ConfigureAwait(false);
            RestLiBatchResult result = response.ReadBatchResult();
            IReadOnlyList<RestLiValue> sent = response.Request.BatchKeys; // as sent: the wire map may have renamed them
            for (int i = 0; i < chunk.Length; i++)
            {
                if (result.TryGetResult(sent[i], out RestLiKeyResult? r) && r.Outcome == RestLiOutcome.Succeeded && r.Entity is { } entity)
                {
                    matches.Add(CandidateMatchReader.Read(chunk[i], entity));
                }
                else if (r is null || r.Status == (int)HttpStatusCode.NotFound)
                {
                    matches.Add(CandidateMatchReader.NotSynced(chunk[i]));
                }
                else
                {
                    throw LinkedInRscExceptionFactory.FromKeyFailure(
                        $"LinkedIn refused to read the matches of candidate '{chunk[i]}': {r.Error?.Message ?? "no reason given"}.", r.Status, r.Error, response.RequestId);
                }
            }
        }

        var byId = matches.ToDictionary(m => m.AtsCandidateId, StringComparer.Ordinal);
        return [.. ids.Select(id => byId[id])];
    }

    public Task<BatchResult<string>> LinkAsync(IEnumerable<MemberLink> links, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<MemberLink> items = Materialize(links, nameof(links));
        string organization = EnsureSyncAllowed();
        return WriteAsync(
            items,
            l => l.AtsCandidateId ?? string.Empty,
            "atsCandidateId",
            ValidateEach(items, l => string.IsNullOrWhiteSpace(l.AtsCandidateId) ? ValidateId("atsCandidateId")(l.AtsCandidateId!)
                : l.Member == default ? [new ValidationError(ManualMatchedMemberField, "must be a person URN (urn:li:person:{id}), e.g. from the export or the widget's link callback.")]
                : []),
            _ => string.Empty,
            (_, batch, ct) => SendBatchAsync(
                RestLiRequest.BatchPartialUpdate(Resource, batch.Select(l => KeyValuePair.Create(
                    RecordKey("atsCandidateId", l.AtsCandidateId, organization),
                    RestLiPatch.SetFields(new JsonObject { [ManualMatchedMemberField] = l.Member.ToString() })))),
                batch,
                l => l.AtsCandidateId,
                ct),
            cancellationToken);
    }

    public Task<BatchResult<string>> UnlinkAsync(IEnumerable<string> atsCandidateIds, CancellationToken cancellationToken = default) =>
        WriteByIdAsync(
            atsCandidateIds,
            nameof(atsCandidateIds),
            (ids, organization) => RestLiRequest.BatchPartialUpdate(Resource, ids.Select(id => KeyValuePair.Create(
                RecordKey("atsCandidateId", id, organization),
                RestLiPatch.DeleteFields(ManualMatchedMemberField)))),
            cancellationToken);

    internal static JsonObject ToJson(AtsCandidate c)
    {
        var json = new JsonObject
        {
            ["atsCreatedAt"] = EpochMilliseconds.ToEpochMilliseconds(c.AtsCreatedAt),
            ["atsLastModifiedAt"] = EpochMilliseconds.ToEpochMilliseconds(c.AtsLastModifiedAt),
            ["firstName"] = c.FirstName,
            ["emailAddresses"] = new JsonArray([.. c.EmailAddresses.Select(e => (JsonNode?)JsonValue.Create(e))]),
            ["phoneNumbers"] = new JsonArray([.. c.PhoneNumbers.Select(p => (JsonNode?)Phone(p))]),
            ["addresses"] = new JsonArray([.. c.Addresses.Select(a => (JsonNode?)Address(a))]),
        };
        Set(json, "lastName", c.LastName);
        Set(json, "currentCompanyName", c.CurrentCompanyName);
        Set(json, "currentJobTitle", c.CurrentJobTitle);
        if (c.DoNotContact is { } dnc)
        {
            json["doNotContact"] = dnc;
        }

        Set(json, "externalProfileUrl", c.ExternalProfileUrl?.AbsoluteUri);
        Set(json, "linkedInProfileUrl", c.LinkedInProfileUrl?.AbsoluteUri);
        Set(json, "middleInitial", c.MiddleInitial);
        Set(json, "prefix", c.Prefix);
        Set(json, "suffix", c.Suffix);
        Set(json, "manualMatchedMember", c.ManualMatchedMember?.ToString());
        return json;
    }

    /// <summary>A batch write keyed by candidate id: validated, chunked to 100, one outcome per id.</summary>
    private Task<BatchResult<string>> WriteByIdAsync(IEnumerable<string> atsCandidateIds, string parameterName, Func<IReadOnlyList<string>, string, RestLiRequest> request, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> ids = Materialize(atsCandidateIds, parameterName);
        string organization = EnsureSyncAllowed();
        return WriteAsync(
            ids,
            id => id,
            "atsCandidateId",
            ValidateEach(ids, ValidateId("atsCandidateId")),
            _ => string.Empty,
            (_, batch, ct) => SendBatchAsync(request(batch, organization), batch, id => id, ct),
            cancellationToken);
    }

    private static JsonObject Phone(PhoneNumber phone)
    {
        var json = new JsonObject { ["number"] = phone.Number };
        Set(json, "extension", phone.Extension);
        return json;
    }

    private static JsonObject Address(Address address)
    {
        var json = new JsonObject();
        Set(json, "line1", address.Line1);
        Set(json, "city", address.City);
        Set(json, "geographicArea", address.GeographicArea);
        Set(json, "geographicAreaType", address.GeographicAreaType?.Value);
        Set(json, "postalCode", address.PostalCode);
        Set(json, "country", address.Country);
        return json;
    }

    private static Dictionary<string, RestLiValue> Parent(string candidateId, string organization) =>
        new(StringComparer.Ordinal) { ["candidate"] = RecordKey("atsCandidateId", candidateId, organization) };
}
