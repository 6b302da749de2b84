using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources.Members;

namespace LinkedInRsc.Testing.Resources.Candidates;

/// <summary>
/// <c>atsCandidates</c> and its <c>notes</c> sub-resource: BATCH_UPDATE is a full replace
/// with per-entity validation; BATCH_GET adds <c>matchedMembers</c> and <c>manualMatchedMember</c>; BATCH_PARTIAL_UPDATE
/// sets or deletes <c>manualMatchedMember</c>; BATCH_DELETE removes the candidate and its notes.
/// </summary>
internal sealed class CandidateStore(MemberDirectory members) : IEmulatorStore<CandidateStore>
{
    public const string ManualMatchedMember = "manualMatchedMember";
    public const string MatchedMembers = "matchedMembers";

    private readonly object _gate = new();
    private readonly Dictionary<CandidateKey, Stored> _candidates = [];

    public static CandidateStore Create(EmulatorStores stores) => new(stores.Get<MemberDirectory>());

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _candidates.Count;
            }
        }
    }

    public StoreOutcome Upsert(CandidateKey key, JsonNode? body)
    {
        var error = key.Validate();
        if (error is not null)
        {
            return StoreOutcome.BadRequest(error);
        }

        if (body is not JsonObject entity)
        {
            return StoreOutcome.BadRequest("The candidate must be a JSON object.");
        }

        lock (_gate)
        {
            _candidates.TryGetValue(key, out var existing);
            var manual = EntityRules.TryGetString(entity, ManualMatchedMember, out var m) ? m : existing?.ManualMember;
            error = Validate(entity, manual);
            if (error is not null)
            {
                return StoreOutcome.BadRequest(error);
            }

            var stored = (JsonObject)entity.DeepClone();
            stored.Remove(ManualMatchedMember);
            stored.Remove(MatchedMembers);
            _candidates[key] = new Stored(stored, manual, existing?.Notes ?? new Dictionary<string, JsonObject>(StringComparer.Ordinal));
            return StoreOutcome.NoContent;
        }
    }

    public StoreOutcome Get(CandidateKey key)
    {
        lock (_gate)
        {
            if (!_candidates.TryGetValue(key, out var stored))
            {
                return StoreOutcome.NotFound($"No candidate '{key.AtsCandidateId}' was synced for {key.IntegrationContext}.");
            }

            var result = (JsonObject)stored.Body.DeepClone();
            var matches = new JsonArray();
            foreach (var match in members.Match(stored.Body))
            {
                matches.Add((JsonNode)new JsonObject
                {
                    ["member"] = match.PersonUrn,
                    ["matchType"] = match.Type == MemberMatchType.Exact ? "EXACT" : "POSSIBLE",
                });
            }

            result[MatchedMembers] = matches;
            if (stored.ManualMember is not null)
            {
                result[ManualMatchedMember] = stored.ManualMember;
            }

            return StoreOutcome.Ok(result);
        }
    }

    /// <summary>The synced candidates of an organization: id and attached member, ordered by id.</summary>
    public IReadOnlyList<(string Id, string? ManualMember, int Notes)> List(string integrationContext)
    {
        lock (_gate)
        {
            return _candidates
                .Where(c => c.Key.IntegrationContext == integrationContext)
                .OrderBy(c => c.Key.AtsCandidateId, StringComparer.Ordinal)
                .Select(c => (c.Key.AtsCandidateId, c.Value.ManualMember, c.Value.Notes.Count))
                .ToList();
        }
    }

    public bool Exists(CandidateKey key)
    {
        lock (_gate)
        {
            return _candidates.ContainsKey(key);
        }
    }

    /// <summary>Rest.li patch: <c>{"patch":{"$set":{"manualMatchedMember":…}}}</c> or <c>{"patch":{"$delete":["manualMatchedMember"]}}</c>.</summary>
    public StoreOutcome Patch(CandidateKey key, JsonNode? body)
    {
        var error = key.Validate();
        if (error is not null)
        {
            return StoreOutcome.BadRequest(error);
        }

        if (body is not JsonObject { } wrapper || wrapper["patch"] is not JsonObject patch)
        {
            return StoreOutcome.BadRequest("The partial update must be {\"patch\":{\"$set\":{…}}} or {\"patch\":{\"$delete\":[…]}}.");
        }

        string? newManual = null;
        var set = patch["$set"] as JsonObject;
        var delete = patch["$delete"] as JsonArray;
        if (set is null && delete is null)
        {
            return StoreOutcome.BadRequest("The patch must contain '$set' or '$delete'.");
        }

        foreach (var (field, _) in set ?? [])
        {
            if (field != ManualMatchedMember)
            {
                return StoreOutcome.BadRequest($"Field '{field}' cannot be partially updated; only '{ManualMatchedMember}' can (send the full candidate with BATCH_UPDATE instead).");
            }
        }

        if (set is not null && set.ContainsKey(ManualMatchedMember))
        {
            if (!EntityRules.TryGetString(set, ManualMatchedMember, out var urn) || !EntityRules.IsUrn(urn, EntityRules.PersonUrnPrefix))
            {
                return StoreOutcome.BadRequest($"Field '{ManualMatchedMember}' must be a person URN (urn:li:person:{{id}}).");
            }

            newManual = urn;
        }

        foreach (var item in delete ?? [])
        {
            if (item?.GetValue<string>() != ManualMatchedMember)
            {
                return StoreOutcome.BadRequest($"Only '{ManualMatchedMember}' can be deleted by a partial update.");
            }
        }

        lock (_gate)
        {
            if (!_candidates.TryGetValue(key, out var stored))
            {
                return StoreOutcome.NotFound($"No candidate '{key.AtsCandidateId}' was synced for {key.IntegrationContext}; sync it before linking a member.");
            }

            _candidates[key] = stored with { ManualMember = newManual };
            return StoreOutcome.NoContent;
        }
    }

    public StoreOutcome Delete(CandidateKey key)
    {
        var error = key.Validate();
        if (error is not null)
        {
            return StoreOutcome.BadRequest(error);
        }

        lock (_gate)
        {
            return _candidates.Remove(key)
                ? StoreOutcome.NoContent
                : StoreOutcome.NotFound($"No candidate '{key.AtsCandidateId}' was synced for {key.IntegrationContext}.");
        }
    }

    public StoreOutcome UpsertNote(CandidateKey candidate, string noteId, JsonNode? body)
    {
        var error = candidate.Validate() ?? (string.IsNullOrWhiteSpace(noteId) ? "A note id is required." : null);
        if (error is not null)
        {
            return StoreOutcome.BadRequest(error);
        }

        if (body is not JsonObject note)
        {
            return StoreOutcome.BadRequest("The note must be a JSON object.");
        }

        error = NoteRules.Validate(note);
        if (error is not null)
        {
            return StoreOutcome.BadRequest(error);
        }

        lock (_gate)
        {
            if (!_candidates.TryGetValue(candidate, out var stored))
            {
                return StoreOutcome.NotFound($"No candidate '{candidate.AtsCandidateId}' was synced for {candidate.IntegrationContext}; sync the candidate before its notes.");
            }

            stored.Notes[noteId] = (JsonObject)note.DeepClone();
            return StoreOutcome.NoContent;
        }
    }

    public StoreOutcome DeleteNote(CandidateKey candidate, string noteId)
    {
        lock (_gate)
        {
            if (!_candidates.TryGetValue(candidate, out var stored))
            {
                return StoreOutcome.NotFound($"No candidate '{candidate.AtsCandidateId}' was synced for {candidate.IntegrationContext}.");
            }

            return stored.Notes.Remove(noteId) ? StoreOutcome.NoContent : StoreOutcome.NotFound($"No note '{noteId}' exists on candidate '{candidate.AtsCandidateId}'.");
        }
    }

    public StoreOutcome GetNote(CandidateKey candidate, string noteId)
    {
        lock (_gate)
        {
            return _candidates.TryGetValue(candidate, out var stored) && stored.Notes.TryGetValue(noteId, out var note)
                ? StoreOutcome.Ok(note.DeepClone())
                : StoreOutcome.NotFound($"No note '{noteId}' exists on candidate '{candidate.AtsCandidateId}'.");
        }
    }

    private static string? Validate(JsonObject entity, string? manualMember)
    {
        var error = EntityRules.First(
            EntityRules.RequiredArray(entity, "addresses"),
            EntityRules.CreatedAndModified(entity),
            EntityRules.RequiredString(entity, "firstName"),
            EntityRules.OptionalString(entity, "lastName"),
            EntityRules.RequiredArray(entity, "phoneNumbers"));
        if (error is not null)
        {
            return error;
        }

        if (manualMember is not null && !EntityRules.IsUrn(manualMember, EntityRules.PersonUrnPrefix))
        {
            return $"Field '{ManualMatchedMember}' must be a person URN (urn:li:person:{{id}}).";
        }

        if (!entity.ContainsKey("emailAddresses"))
        {
            return manualMember is null
                ? "Field 'emailAddresses' is required unless a LinkedIn member (manualMatchedMember) is attached to the candidate."
                : null;
        }

        if (entity["emailAddresses"] is not JsonArray emails)
        {
            return "Field 'emailAddresses' must be an array of e-mail addresses.";
        }

        for (var i = 0; i < emails.Count; i++)
        {
            if (emails[i] is not JsonValue v || !v.TryGetValue(out string? email) || !EntityRules.IsEmail(email))
            {
                return $"Field 'emailAddresses[{i}]' must be an e-mail address of the form X@X.X.";
            }
        }

        return null;
    }

    private sealed record Stored(JsonObject Body, string? ManualMember, Dictionary<string, JsonObject> Notes);
}
