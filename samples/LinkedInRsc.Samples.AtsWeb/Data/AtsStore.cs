using System.Globalization;
using LinkedInRsc.RecruiterActivity;
using Microsoft.Data.Sqlite;

namespace LinkedInRsc.Samples.AtsWeb.Data;

/// <summary>The sample ATS's records in SQLite: users, jobs, candidates, applications, InMail messages and notes.</summary>
public sealed class AtsStore(AtsDatabase database) : IDisposable
{
    /// <summary>The stage an exported member lands in.</summary>
    public const string ProspectStage = "Prospect";

    private readonly SemaphoreSlim _newCandidate = new(1, 1);

    /// <summary>The stages of every job, in order.</summary>
    public static IReadOnlyList<string> Stages { get; } = [ProspectStage, "Phone Screen", "Onsite Interview", "Offer"];

    public Task SaveUserAsync(AtsUser user, CancellationToken cancellationToken = default) => database.ExecuteAsync(
        "INSERT OR REPLACE INTO users (customer_id, seat, name, member) VALUES ($c, $s, $n, $m)",
        new Dictionary<string, object?> { ["$c"] = user.CustomerId, ["$s"] = user.Seat.ToString(), ["$n"] = user.Name, ["$m"] = user.Member.ToString() },
        cancellationToken);

    public Task<IReadOnlyList<AtsUser>> ListUsersAsync(string customerId, CancellationToken cancellationToken = default) => database.QueryAsync(
        "SELECT customer_id, seat, name, member FROM users WHERE customer_id = $c ORDER BY name",
        Customer(customerId),
        r => new AtsUser(r.GetString(0), SeatUrn.Parse(r.GetString(1)), r.GetString(2), PersonUrn.Parse(r.GetString(3))),
        cancellationToken);

    public Task SaveJobAsync(AtsJob job, CancellationToken cancellationToken = default) => database.ExecuteAsync(
        "INSERT OR REPLACE INTO jobs (customer_id, id, title, is_open, synced) VALUES ($c, $i, $t, $o, $s)",
        new Dictionary<string, object?> { ["$c"] = job.CustomerId, ["$i"] = job.Id, ["$t"] = job.Title, ["$o"] = job.IsOpen ? 1 : 0, ["$s"] = job.IsSynced ? 1 : 0 },
        cancellationToken);

    public Task<IReadOnlyList<AtsJob>> ListJobsAsync(string customerId, CancellationToken cancellationToken = default) => database.QueryAsync(
        "SELECT customer_id, id, title, is_open, synced FROM jobs WHERE customer_id = $c ORDER BY id",
        Customer(customerId),
        ReadJob,
        cancellationToken);

    public async Task<AtsJob?> FindJobAsync(string customerId, string jobId, CancellationToken cancellationToken = default) =>
        (await database.QueryAsync(
            "SELECT customer_id, id, title, is_open, synced FROM jobs WHERE customer_id = $c AND id = $i",
            new Dictionary<string, object?> { ["$c"] = customerId, ["$i"] = jobId },
            ReadJob,
            cancellationToken)).FirstOrDefault();

    /// <summary>Creates a candidate with the next free id (C1, C2, …) and returns it.</summary>
    public async Task<AtsWebCandidate> CreateCandidateAsync(string customerId, Func<string, AtsWebCandidate> create, CancellationToken cancellationToken = default)
    {
        await _newCandidate.WaitAsync(cancellationToken);
        try
        {
            IReadOnlyList<long> count = await database.QueryAsync("SELECT COUNT(*) FROM candidates WHERE customer_id = $c", Customer(customerId), r => r.GetInt64(0), cancellationToken);
            AtsWebCandidate candidate = create("C" + (count[0] + 1).ToString(CultureInfo.InvariantCulture));
            await database.ExecuteAsync(
                """
                INSERT INTO candidates (customer_id, id, first_name, last_name, email, member, headline, profile_url, source, created_at)
                VALUES ($c, $i, $f, $l, $e, $m, $h, $p, $s, $t)
                """,
                new Dictionary<string, object?>
                {
                    ["$c"] = customerId,
                    ["$i"] = candidate.Id,
                    ["$f"] = candidate.FirstName,
                    ["$l"] = candidate.LastName,
                    ["$e"] = candidate.Email,
                    ["$m"] = candidate.Member?.ToString(),
                    ["$h"] = candidate.Headline,
                    ["$p"] = candidate.ProfileUrl,
                    ["$s"] = candidate.Source,
                    ["$t"] = candidate.CreatedAt.ToUnixTimeMilliseconds(),
                },
                cancellationToken);
            return candidate;
        }
        finally
        {
            _newCandidate.Release();
        }
    }

    public async Task<AtsWebCandidate?> FindCandidateAsync(string customerId, string candidateId, CancellationToken cancellationToken = default) =>
        (await database.QueryAsync(
            CandidateColumns + " WHERE customer_id = $c AND id = $i",
            new Dictionary<string, object?> { ["$c"] = customerId, ["$i"] = candidateId },
            ReadCandidate,
            cancellationToken)).FirstOrDefault();

    public async Task<AtsWebCandidate?> FindCandidateByMemberAsync(string customerId, PersonUrn member, CancellationToken cancellationToken = default) =>
        (await database.QueryAsync(
            CandidateColumns + " WHERE customer_id = $c AND member = $m ORDER BY created_at",
            new Dictionary<string, object?> { ["$c"] = customerId, ["$m"] = member.ToString() },
            ReadCandidate,
            cancellationToken)).FirstOrDefault();

    public Task<IReadOnlyList<AtsWebCandidate>> ListCandidatesAsync(string customerId, CancellationToken cancellationToken = default) =>
        database.QueryAsync(CandidateColumns + " WHERE customer_id = $c ORDER BY created_at, id", Customer(customerId), ReadCandidate, cancellationToken);

    /// <summary>Records the LinkedIn member the ATS knows the candidate to be (null: none).</summary>
    public async Task<bool> SetCandidateMemberAsync(string customerId, string candidateId, PersonUrn? member, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(
            "UPDATE candidates SET member = $m WHERE customer_id = $c AND id = $i",
            new Dictionary<string, object?> { ["$c"] = customerId, ["$i"] = candidateId, ["$m"] = member?.ToString() },
            cancellationToken) == 1;

    /// <summary>Adds the application unless the candidate already applied to the job; true when added.</summary>
    public async Task<bool> AddApplicationAsync(AtsWebApplication application, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(
            "INSERT OR IGNORE INTO applications (customer_id, job_id, candidate_id, stage, created_at) VALUES ($c, $j, $i, $s, $t)",
            new Dictionary<string, object?>
            {
                ["$c"] = application.CustomerId,
                ["$j"] = application.JobId,
                ["$i"] = application.CandidateId,
                ["$s"] = application.Stage,
                ["$t"] = application.CreatedAt.ToUnixTimeMilliseconds(),
            },
            cancellationToken) == 1;

    public Task<IReadOnlyList<AtsWebApplication>> ListApplicationsAsync(string customerId, CancellationToken cancellationToken = default) => database.QueryAsync(
        "SELECT customer_id, job_id, candidate_id, stage, created_at FROM applications WHERE customer_id = $c ORDER BY created_at",
        Customer(customerId),
        r => new AtsWebApplication(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4))),
        cancellationToken);

    /// <summary>Stores InMail messages idempotently (keyed by viewer and message key).</summary>
    public async Task StoreInMailsAsync(string customerId, IReadOnlyList<ConversationEvent> events, CancellationToken cancellationToken = default)
    {
        foreach (ConversationEvent e in events)
        {
            await database.ExecuteAsync(
                """
                INSERT OR REPLACE INTO inmails (customer_id, viewer, thread, id, created_at, author, recipients, subject, body)
                VALUES ($c, $v, $t, $i, $at, $a, $r, $s, $b)
                """,
                new Dictionary<string, object?>
                {
                    ["$c"] = customerId,
                    ["$v"] = e.Viewer.ToString(),
                    ["$t"] = e.ThreadUrn,
                    ["$i"] = e.Id,
                    ["$at"] = e.CreatedAt.ToUnixTimeMilliseconds(),
                    ["$a"] = e.Author,
                    ["$r"] = string.Join('\n', e.Recipients),
                    ["$s"] = e.Content?.Subject,
                    ["$b"] = e.Content?.Body,
                },
                cancellationToken);
        }
    }

    /// <summary>Every stored InMail message of the customer's seats with <paramref name="member"/>.</summary>
    public async Task<IReadOnlyList<ConversationEvent>> ListInMailsAsync(string customerId, PersonUrn member, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ConversationEvent> all = await database.QueryAsync(
            "SELECT viewer, thread, id, created_at, author, recipients, subject, body FROM inmails WHERE customer_id = $c",
            Customer(customerId),
            r => new ConversationEvent
            {
                Viewer = SeatUrn.Parse(r.GetString(0)),
                ThreadUrn = r.GetString(1),
                Id = r.GetString(2),
                CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)),
                Author = r.GetString(4),
                Recipients = r.GetString(5).Split('\n', StringSplitOptions.RemoveEmptyEntries),
                Content = new MailContent { Subject = r.IsDBNull(6) ? null : r.GetString(6), Body = r.IsDBNull(7) ? null : r.GetString(7) },
            },
            cancellationToken);
        return [.. all.Where(e => e.Member == member)];
    }

    /// <summary>Keeps the latest version of each note: an older or equal version than the stored one changes nothing.</summary>
    public Task StoreNoteAsync(string customerId, ProspectNote note, CancellationToken cancellationToken = default) => database.ExecuteAsync(
        """
        INSERT INTO notes (customer_id, id, owner, member, text, last_modified_at) VALUES ($c, $i, $o, $m, $t, $at)
        ON CONFLICT (customer_id, id) DO UPDATE SET owner = excluded.owner, member = excluded.member, text = excluded.text,
            last_modified_at = excluded.last_modified_at WHERE excluded.last_modified_at > notes.last_modified_at
        """,
        new Dictionary<string, object?>
        {
            ["$c"] = customerId,
            ["$i"] = note.Id,
            ["$o"] = note.Owner?.ToString(),
            ["$m"] = note.Member?.ToString(),
            ["$t"] = note.Text,
            ["$at"] = note.LastModifiedAt.ToUnixTimeMilliseconds(),
        },
        cancellationToken);

    /// <summary>Deletes a candidate with their applications (a purged LinkedIn profile); false when there was none.</summary>
    public async Task<bool> DeleteCandidateAsync(string customerId, string candidateId, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?> { ["$c"] = customerId, ["$i"] = candidateId };
        await database.ExecuteAsync("DELETE FROM applications WHERE customer_id = $c AND candidate_id = $i", parameters, cancellationToken);
        return await database.ExecuteAsync("DELETE FROM candidates WHERE customer_id = $c AND id = $i", parameters, cancellationToken) > 0;
    }

    public Task DeleteNoteAsync(string customerId, string noteId, CancellationToken cancellationToken = default) => database.ExecuteAsync(
        "DELETE FROM notes WHERE customer_id = $c AND id = $i",
        new Dictionary<string, object?> { ["$c"] = customerId, ["$i"] = noteId },
        cancellationToken);

    public Task<IReadOnlyList<AtsNote>> ListNotesAsync(string customerId, PersonUrn member, CancellationToken cancellationToken = default) => database.QueryAsync(
        "SELECT id, owner, member, text, last_modified_at FROM notes WHERE customer_id = $c AND member = $m ORDER BY last_modified_at DESC",
        new Dictionary<string, object?> { ["$c"] = customerId, ["$m"] = member.ToString() },
        r => new AtsNote(
            r.GetString(0),
            r.IsDBNull(1) ? null : SeatUrn.Parse(r.GetString(1)),
            r.IsDBNull(2) ? null : PersonUrn.Parse(r.GetString(2)),
            r.IsDBNull(3) ? null : r.GetString(3),
            DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4))),
        cancellationToken);

    public void Dispose() => _newCandidate.Dispose();

    private const string CandidateColumns = "SELECT customer_id, id, first_name, last_name, email, member, headline, profile_url, source, created_at FROM candidates";

    private static Dictionary<string, object?> Customer(string customerId) => new() { ["$c"] = customerId };

    private static AtsJob ReadJob(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3) == 1, r.GetInt64(4) == 1);

    private static AtsWebCandidate ReadCandidate(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetString(2),
        Text(r, 3),
        Text(r, 4),
        Text(r, 5) is { } member ? PersonUrn.Parse(member) : null,
        Text(r, 6),
        Text(r, 7),
        r.GetString(8),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(9)));

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
