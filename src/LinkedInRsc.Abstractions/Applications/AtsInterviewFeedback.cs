using System.Text;

namespace LinkedInRsc.Applications;

/// <summary>Interview feedback on an application (<c>atsApplications/{key}/interviewFeedback</c>).</summary>
/// <remarks><see cref="ToString"/> prints the ids and the interview type only.</remarks>
public sealed record AtsInterviewFeedback
{
    /// <summary>The ATS id of the application.</summary>
    public required string AtsJobApplicationId { get; init; }

    /// <summary>The ATS id of the feedback.</summary>
    public required string FeedbackId { get; init; }

    /// <summary>When the feedback was given (<c>atsCreatedAt</c>; after 1970 when given).</summary>
    public DateTimeOffset? AtsCreatedAt { get; init; }

    /// <summary>Who interviewed (<c>interviewer</c>).</summary>
    public Actor? Interviewer { get; init; }

    /// <summary>The attribute ratings (<c>evaluations</c>).</summary>
    public IReadOnlyList<InterviewEvaluation> Evaluations { get; init; } = [];

    /// <summary>The written feedback (<c>feedback</c>).</summary>
    public string? Feedback { get; init; }

    /// <summary>The kind of interview (<c>interviewType</c>).</summary>
    public InterviewType? InterviewType { get; init; }

    /// <summary>The key of the feedback: application id and feedback id.</summary>
    public AtsChildKey Key => new(AtsJobApplicationId, FeedbackId);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AtsJobApplicationId = ").Append(AtsJobApplicationId).Append(", FeedbackId = ").Append(FeedbackId)
            .Append(", InterviewType = ").Append(InterviewType?.Value);
        return true;
    }
}
