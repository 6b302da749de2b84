using System.Collections.Concurrent;
using System.Globalization;
using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.Widgets;

namespace LinkedInRsc.Tests.Support.SampleAts;

/// <summary>
/// A small in-memory ATS, the shape the samples reuse: jobs with stages and hiring teams, candidates, applications. It
/// places 1-click exports (<see cref="IExportHandler"/>) after the SDK's <see cref="ExportPolicy"/>, finds the candidate
/// an exported member already is (so a second export creates no duplicate), and records the widget's links.
/// </summary>
public sealed class SampleAts(TimeProvider time) : IExportHandler
{
    private readonly object _gate = new();
    private readonly Dictionary<string, SampleAtsJob> _jobs = new(StringComparer.Ordinal);
    private readonly List<SampleAtsCandidate> _candidates = [];
    private readonly List<SampleAtsApplication> _applications = [];
    private int _nextCandidate;

    /// <summary>Exports the ATS refused, in order.</summary>
    public ConcurrentQueue<ExportRefusal> Refusals { get; } = new();

    /// <summary>How many times the ATS was asked to place an export.</summary>
    public int PlaceCalls => _placeCalls;

    /// <summary>Set to make the next placements throw, as an ATS whose database is down.</summary>
    public int FailNextPlacements { get; set; }

    private int _placeCalls;

    public SampleAtsJob AddJob(SampleAtsJob job)
    {
        lock (_gate)
        {
            _jobs[job.Id] = job;
        }

        return job;
    }

    public void RemoveJob(string id)
    {
        lock (_gate)
        {
            _jobs.Remove(id);
        }
    }

    public SampleAtsCandidate AddCandidate(string firstName, string lastName, params string[] emailAddresses)
    {
        lock (_gate)
        {
            var candidate = new SampleAtsCandidate
            {
                Id = NextId(),
                FirstName = firstName,
                LastName = lastName,
                EmailAddresses = emailAddresses,
                CreatedAt = time.GetUtcNow(),
            };
            _candidates.Add(candidate);
            return candidate;
        }
    }

    public IReadOnlyList<SampleAtsCandidate> Candidates
    {
        get
        {
            lock (_gate)
            {
                return [.. _candidates];
            }
        }
    }

    public IReadOnlyList<SampleAtsApplication> Applications
    {
        get
        {
            lock (_gate)
            {
                return [.. _applications];
            }
        }
    }

    public SampleAtsCandidate Candidate(string id)
    {
        lock (_gate)
        {
            return _candidates.Single(c => c.Id == id);
        }
    }

    /// <summary>The widget's link or unlink: recorded in the ATS first, then on LinkedIn.</summary>
    public async Task<EntityResult<string>> ApplyWidgetCallbackAsync(ICustomerClient customer, string candidateId, string callbackJson)
    {
        ProfileWidgetCallback callback = ProfileWidget.ParseCallback(callbackJson);
        lock (_gate)
        {
            int index = _candidates.FindIndex(c => c.Id == candidateId);
            _candidates[index] = _candidates[index] with { LinkedMember = callback.Action == ProfileWidgetAction.Link ? callback.Member : null };
        }

        return await ProfileWidget.ApplyCallbackAsync(customer.Candidates, candidateId, callback);
    }

    public Task<ExportDecision> PlaceAsync(ICustomerClient customer, ExportedCandidate exportedCandidate, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _placeCalls);
        if (FailNextPlacements > 0)
        {
            FailNextPlacements--;
            throw new IOException("The ATS database is down.");
        }

        lock (_gate)
        {
            SampleAtsJob? job = exportedCandidate.AtsJobPostingId is { } id ? _jobs.GetValueOrDefault(id) : null;
            if (ExportPolicy.Check(exportedCandidate, job?.ToExportJob()) is { } refusal)
            {
                Refusals.Enqueue(refusal);
                return Task.FromResult(ExportDecision.Refuse(refusal));
            }

            // The member may already be a candidate (an earlier export, or a widget link): never create a duplicate.
            ExportedProfile profile = exportedCandidate.Profile;
            int index = _candidates.FindIndex(c => c.LinkedMember == profile.Member);
            if (index < 0)
            {
                _candidates.Add(new SampleAtsCandidate
                {
                    Id = NextId(),
                    FirstName = profile.FirstName,
                    LastName = profile.LastName,
                    EmailAddresses = profile.EmailAddresses,
                    LinkedMember = profile.Member,
                    LinkedInProfileUrl = profile.ProfileUrl,
                    CreatedAt = exportedCandidate.ExportedAt ?? time.GetUtcNow(),
                });
                index = _candidates.Count - 1;
            }

            SampleAtsCandidate candidate = _candidates[index];
            if (!_applications.Any(a => a.CandidateId == candidate.Id && a.JobId == job!.Id))
            {
                _applications.Add(new SampleAtsApplication(candidate.Id, job!.Id, ExportPolicy.ProspectStage, "LinkedIn (Prospecting)"));
            }

            return Task.FromResult(ExportDecision.Accept(candidate.ToAtsCandidate()));
        }
    }

    private string NextId() => "CAND-" + (++_nextCandidate).ToString("D3", CultureInfo.InvariantCulture);
}
