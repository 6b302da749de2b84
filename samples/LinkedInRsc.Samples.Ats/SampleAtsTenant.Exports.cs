using System.Collections.Concurrent;
using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.Widgets;

namespace LinkedInRsc.Samples.Ats;

/// <summary>Jobs, applications, 1-click exports and the profile widget's links of one customer.</summary>
public sealed partial class SampleAtsTenant
{
    private readonly Dictionary<string, SampleJob> _jobs = new(StringComparer.Ordinal);
    private readonly List<SampleApplication> _applications = [];
    private int _placeCalls;

    /// <summary>Exports the ATS refused, in order.</summary>
    public ConcurrentQueue<ExportRefusal> Refusals { get; } = new();

    /// <summary>How many times the ATS was asked to place an export.</summary>
    public int PlaceCalls => Volatile.Read(ref _placeCalls);

    /// <summary>Set to make the next placements throw, as an ATS whose database is down.</summary>
    public int FailNextPlacements { get; set; }

    /// <summary>Every application.</summary>
    public IReadOnlyList<SampleApplication> Applications
    {
        get
        {
            lock (_gate)
            {
                return [.. _applications];
            }
        }
    }

    /// <summary>Adds or replaces a job.</summary>
    /// <param name="job">The job.</param>
    /// <returns>The same job.</returns>
    public SampleJob AddJob(SampleJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            _jobs[job.Id] = job;
        }

        return job;
    }

    /// <summary>Removes a job.</summary>
    /// <param name="id">The job.</param>
    public void RemoveJob(string id)
    {
        lock (_gate)
        {
            _jobs.Remove(id);
        }
    }

    /// <summary>The profile widget's link or unlink: recorded in the ATS first, then on LinkedIn.</summary>
    /// <param name="customer">The customer's client.</param>
    /// <param name="candidateId">The candidate the widget was shown for.</param>
    /// <param name="callbackJson">What the widget's callback reported.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>LinkedIn's outcome for the candidate.</returns>
    public async Task<EntityResult<string>> ApplyWidgetCallbackAsync(ICustomerClient customer, string candidateId, string callbackJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ProfileWidgetCallback callback = ProfileWidget.ParseCallback(callbackJson);
        lock (_gate)
        {
            SampleCandidate candidate = Candidate(candidateId);
            _candidates[candidateId] = candidate with
            {
                Member = callback.Action == ProfileWidgetAction.Link ? callback.Member : null,
                ModifiedAt = _time.GetUtcNow(),
            };
        }

        return await ProfileWidget.ApplyCallbackAsync(customer.Candidates, candidateId, callback, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Places a 1-click export: refused when <see cref="ExportPolicy.Check"/> says so; otherwise the member becomes a
    /// candidate (or the candidate they already are: never a duplicate) with an application in the job's Prospect stage.
    /// </summary>
    internal ExportDecision PlaceExport(ExportedCandidate exported)
    {
        Interlocked.Increment(ref _placeCalls);
        if (FailNextPlacements > 0)
        {
            FailNextPlacements--;
            throw new IOException("The ATS database is down.");
        }

        lock (_gate)
        {
            SampleJob? job = exported.AtsJobPostingId is { } id ? _jobs.GetValueOrDefault(id) : null;
            if (ExportPolicy.Check(exported, job?.ToExportJob()) is { } refusal)
            {
                Refusals.Enqueue(refusal);
                return ExportDecision.Refuse(refusal);
            }

            ExportedProfile profile = exported.Profile;
            SampleCandidate? candidate = _candidates.Values.FirstOrDefault(c => c.Member == profile.Member);
            if (candidate is null)
            {
                DateTimeOffset at = exported.ExportedAt ?? _time.GetUtcNow();
                candidate = new SampleCandidate
                {
                    Id = NextIdFromLinkedIn(),
                    FirstName = profile.FirstName,
                    LastName = profile.LastName,
                    EmailAddresses = profile.EmailAddresses,
                    Member = profile.Member,
                    LinkedInProfileUrl = profile.ProfileUrl,
                    CreatedAt = at,
                    ModifiedAt = at,
                };
                _candidates[candidate.Id] = candidate;
            }

            if (!_applications.Any(a => a.CandidateId == candidate.Id && a.JobId == job!.Id))
            {
                _applications.Add(new SampleApplication(candidate.Id, job!.Id, ExportPolicy.ProspectStage, "LinkedIn (Prospecting)"));
            }

            return ExportDecision.Accept(candidate.ToAtsCandidate());
        }
    }
}
