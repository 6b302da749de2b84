using System.Globalization;
using LinkedInRsc.Exports;

namespace LinkedInRsc.Samples.Ats;

/// <summary>
/// One customer's data in the sample ATS: its users (each possibly mapped to a Recruiter seat), jobs, candidates,
/// applications and talent pools, and what LinkedIn delivered (1-click exports, InMail messages, prospect notes, stub
/// profiles), with the views a recruiter sees. Every write from LinkedIn is an idempotent upsert by LinkedIn's key, as
/// the SDK's handlers and sinks require.
/// </summary>
public sealed partial class SampleAtsTenant
{
    /// <summary>The name of the system-created talent pool stub profiles go to.</summary>
    public const string LinkedInTalentPool = "LinkedIn";

    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, SeatUrn?> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SampleCandidate> _candidates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _deliveries = new(StringComparer.Ordinal);
    private int _nextFromLinkedIn;
    private int _nextOwn;

    internal SampleAtsTenant(TimeProvider time) => _time = time;

    /// <summary>Every candidate, by id.</summary>
    public IReadOnlyList<SampleCandidate> Candidates
    {
        get
        {
            lock (_gate)
            {
                return [.. _candidates.Values.OrderBy(c => c.Id, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>How many times LinkedIn handed over each item, by a text key (<c>inmail:{viewer}:{thread}:{id}:{ms}</c>, <c>note:{id}:{ms}</c>, <c>stub:{member}</c>).</summary>
    public IReadOnlyDictionary<string, int> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_deliveries, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The candidates of a talent pool.</summary>
    /// <param name="pool">The pool's name.</param>
    /// <returns>Its candidates.</returns>
    public IReadOnlyList<SampleCandidate> TalentPool(string pool = LinkedInTalentPool) => [.. Candidates.Where(c => c.TalentPool == pool)];

    /// <summary>One candidate.</summary>
    /// <param name="id">Its id.</param>
    /// <returns>The candidate.</returns>
    /// <exception cref="KeyNotFoundException">No candidate has that id.</exception>
    public SampleCandidate Candidate(string id)
    {
        lock (_gate)
        {
            return _candidates.TryGetValue(id, out SampleCandidate? candidate)
                ? candidate
                : throw new KeyNotFoundException($"The sample ATS has no candidate '{id}'.");
        }
    }

    /// <summary>Adds or changes an ATS user and the Recruiter seat they are mapped to (none: <see langword="null"/>).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="seat">Their seat.</param>
    public void MapUser(string userId, SeatUrn? seat)
    {
        lock (_gate)
        {
            _users[userId] = seat;
        }
    }

    /// <summary>Adds or replaces a candidate the ATS already had (not from LinkedIn).</summary>
    /// <param name="candidate">The candidate.</param>
    public void AddCandidate(SampleCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        lock (_gate)
        {
            _candidates[candidate.Id] = candidate;
        }
    }

    /// <summary>Adds a new candidate with an id of the ATS's own.</summary>
    /// <param name="firstName">The first name.</param>
    /// <param name="lastName">The last name.</param>
    /// <param name="emailAddresses">The e-mail addresses.</param>
    /// <returns>The candidate.</returns>
    public SampleCandidate AddCandidate(string firstName, string lastName, params string[] emailAddresses)
    {
        DateTimeOffset now = _time.GetUtcNow();
        lock (_gate)
        {
            var candidate = new SampleCandidate
            {
                Id = "CAND-" + (++_nextOwn).ToString("D3", CultureInfo.InvariantCulture),
                FirstName = firstName,
                LastName = lastName,
                EmailAddresses = emailAddresses,
                CreatedAt = now,
                ModifiedAt = now,
            };
            _candidates.Add(candidate.Id, candidate);
            return candidate;
        }
    }

    /// <summary>Removes a candidate and their applications (a data-deletion request, a closed profile).</summary>
    /// <param name="id">The candidate.</param>
    /// <returns>Whether the ATS had it.</returns>
    public bool RemoveCandidate(string id)
    {
        lock (_gate)
        {
            _applications.RemoveAll(a => a.CandidateId == id);
            return _candidates.Remove(id);
        }
    }

    /// <summary>Deletes the candidates linked to members who closed their LinkedIn profile.</summary>
    internal void Purge(IReadOnlyList<PurgedCandidate> purged)
    {
        lock (_gate)
        {
            foreach (PurgedCandidate member in purged)
            {
                foreach (SampleCandidate candidate in _candidates.Values.Where(c => c.Member == member.Member).ToList())
                {
                    RemoveCandidate(candidate.Id);
                }
            }
        }
    }

    private string NextIdFromLinkedIn() => "li-" + (++_nextFromLinkedIn).ToString(CultureInfo.InvariantCulture);

    private void Count(string key) => _deliveries[key] = _deliveries.GetValueOrDefault(key) + 1;
}
