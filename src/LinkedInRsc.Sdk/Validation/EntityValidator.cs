using System.Globalization;
using LinkedInRsc.Acls;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;

namespace LinkedInRsc.Validation;

/// <summary>
/// The rules LinkedIn documents for synced records, checked before anything is sent. Each method
/// returns every rule the record breaks, with the wire name of the field and a reason that says how to fix it; the
/// reasons never contain the field's value (which may be personal data). An empty list means the record is valid.
/// </summary>
public static class EntityValidator
{
    /// <summary>The longest job title LinkedIn accepts.</summary>
    public const int MaxJobTitleLength = 200;

    /// <summary>The stage text LinkedIn refuses.</summary>
    public const string NotAvailableStage = "Not Available";

    /// <summary>The most ACLs one member may be assigned to.</summary>
    public const int MaxAclsPerAssignee = 10;

    /// <summary>Checks a job posting.</summary>
    /// <param name="job">The job.</param>
    /// <returns>The broken rules.</returns>
    public static IReadOnlyList<ValidationError> Validate(AtsJobPosting job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var errors = new List<ValidationError>();
        RequireText(errors, job.ExternalJobPostingId, "externalJobPostingId");
        if (RequireText(errors, job.Title, "title") && job.Title.Length > MaxJobTitleLength)
        {
            errors.Add(new("title", string.Create(CultureInfo.InvariantCulture, $"must be at most {MaxJobTitleLength} characters; shorten the title.")));
        }

        RequireText(errors, job.Description, "description");
        if (job.CompanyApplyUrl is null || !job.CompanyApplyUrl.IsAbsoluteUri || (job.CompanyApplyUrl.Scheme != Uri.UriSchemeHttps && job.CompanyApplyUrl.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add(new("companyApplyUrl", "must be an absolute http or https address where candidates apply."));
        }

        RequireTimestamp(errors, job.ListedAt, "listedAt");
        if (job.State.IsEmpty)
        {
            errors.Add(new("state", "must be set (LISTED or CLOSED)."));
        }

        if (job.Availability.IsEmpty)
        {
            errors.Add(new("availability", "must be set (PUBLIC or PRIVATE_TO_ATS_INTEGRATION)."));
        }

        bool hasLocation = !string.IsNullOrWhiteSpace(job.Location);
        bool hasCountry = !string.IsNullOrWhiteSpace(job.CountryCode);
        bool hasPostal = !string.IsNullOrWhiteSpace(job.PostalCode);
        if (!hasLocation && !(hasCountry && hasPostal))
        {
            errors.Add(new(hasCountry ? "postalCode" : "location", "give a location (\"CITY, STATE\" or \"CITY, COUNTRY\"), or a country code with a postal code."));
        }
        else if (!hasLocation && job.CountryCode!.Trim().Length != 2)
        {
            errors.Add(new("countryCode", "must be a two-letter ISO 3166 country code."));
        }

        TextRules.Apply(errors, job, EntityTextFields.Job);
        return errors;
    }

    /// <summary>Checks a candidate.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The broken rules.</returns>
    public static IReadOnlyList<ValidationError> Validate(AtsCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var errors = new List<ValidationError>();
        RequireText(errors, candidate.AtsCandidateId, "atsCandidateId");
        TextRules.Id(errors, candidate.AtsCandidateId, "atsCandidateId");
        RequireTimestamps(errors, candidate.AtsCreatedAt, candidate.AtsLastModifiedAt);
        RequireText(errors, candidate.FirstName, "firstName");
        if (candidate.EmailAddresses is null)
        {
            errors.Add(new("emailAddresses", "must not be null: the upsert replaces the whole candidate; give an empty list only with manualMatchedMember."));
        }
        else
        {
            if (candidate.EmailAddresses.Count == 0 && candidate.ManualMatchedMember is null)
            {
                errors.Add(new("emailAddresses", "needs at least one address unless manualMatchedMember (the LinkedIn member) is set."));
            }

            for (int i = 0; i < candidate.EmailAddresses.Count; i++)
            {
                if (!IsEmail(candidate.EmailAddresses[i]))
                {
                    errors.Add(new(Indexed("emailAddresses", i), "is not an e-mail address of the shape x@y.z."));
                }
            }
        }

        if (candidate.PhoneNumbers is null)
        {
            errors.Add(new("phoneNumbers", "must not be null: the upsert replaces the whole candidate; give an empty list when there are none."));
        }
        else
        {
            for (int i = 0; i < candidate.PhoneNumbers.Count; i++)
            {
                if (candidate.PhoneNumbers[i] is null || string.IsNullOrWhiteSpace(candidate.PhoneNumbers[i].Number))
                {
                    errors.Add(new(Indexed("phoneNumbers", i) + ".number", "must not be empty."));
                }
            }
        }

        if (candidate.Addresses is null)
        {
            errors.Add(new("addresses", "must not be null: the upsert replaces the whole candidate; give an empty list when there are none."));
        }
        else
        {
            for (int i = 0; i < candidate.Addresses.Count; i++)
            {
                if (candidate.Addresses[i] is null)
                {
                    errors.Add(new(Indexed("addresses", i), "must not be null."));
                }
                else if (candidate.Addresses[i].Country is { } country && country.Length != 2)
                {
                    errors.Add(new(Indexed("addresses", i) + ".country", "must be a two-letter ISO 3166 country code."));
                }
            }
        }

        RequireWebAddress(errors, candidate.LinkedInProfileUrl, "linkedInProfileUrl");
        RequireWebAddress(errors, candidate.ExternalProfileUrl, "externalProfileUrl");
        TextRules.Apply(errors, candidate, EntityTextFields.Candidate);
        for (int i = 0; i < (candidate.PhoneNumbers?.Count ?? 0); i++)
        {
            TextRules.Apply(errors, candidate.PhoneNumbers![i], EntityTextFields.PhoneNumbers, Indexed("phoneNumbers", i) + ".");
        }

        for (int i = 0; i < (candidate.Addresses?.Count ?? 0); i++)
        {
            TextRules.Apply(errors, candidate.Addresses![i], EntityTextFields.Addresses, Indexed("addresses", i) + ".");
        }

        return errors;
    }

    /// <summary>Checks a candidate note.</summary>
    /// <param name="note">The note.</param>
    /// <returns>The broken rules.</returns>
    public static IReadOnlyList<ValidationError> Validate(AtsCandidateNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var errors = new List<ValidationError>();
        RequireText(errors, note.AtsCandidateId, "atsCandidateId");
        RequireText(errors, note.NoteId, "noteId");
        CheckNote(errors, note.AtsCreatedAt, note.Author, "author");
        TextRules.Apply(errors, note, EntityTextFields.CandidateNote);
        return errors;
    }

    /// <summary>Checks an application.</summary>
    /// <param name="application">The application.</param>
    /// <param name="isSyncedJob">
    /// Tells whether a job id is the external id of a job synced to LinkedIn; when given, an application of an unknown
    /// job is invalid. <see langword="null"/> skips that check.
    /// </param>
    /// <returns>The broken rules.</returns>
    public static IReadOnlyList<ValidationError> Validate(AtsApplication application, Func<string, bool>? isSyncedJob = null)
    {
        ArgumentNullException.ThrowIfNull(application);
        var errors = new List<ValidationError>();
        RequireText(errors, application.AtsJobApplicationId, "atsJobApplicationId");
        RequireText(errors, application.AtsCandidateId, "atsCandidateId");
        if (RequireText(errors, application.AtsJobPostingId, "atsJobPostingId") && isSyncedJob is not null && !isSyncedJob(application.AtsJobPostingId))
        {
            errors.Add(new("atsJobPostingId", "must equal the externalJobPostingId of a synced job; sync the job first."));
        }

        RequireText(errors, application.AtsJobPostingName, "atsJobPostingName");
        RequireTimestamps(errors, application.AtsCreatedAt, application.AtsLastModifiedAt);
        RequireText(errors, application.FirstName, "firstName");
        if (application.CandidateEmail is not null && !IsEmail(application.CandidateEmail))
        {
            errors.Add(new("candidateEmail", "is not an e-mail address of the shape x@y.z; leave it null when unknown."));
        }

        TextRules.Apply(errors, application, EntityTextFields.Application);
        return errors;
    }

    /// <summary>Checks an application stage record.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The broken rules.</returns>
    public static IReadOnlyList<ValidationError> Validate(AtsApplicationStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var errors = new List<ValidationError>();
        RequireText(errors, stage.AtsJobApplicationId, "atsJobApplicationId");
        RequireText(errors, stage.StageId, "stageId");
        RequireTimestamp(errors, stage.AtsCreatedAt, "atsCreatedAt");
        if (RequireText(errors, stage.Stage, "stage") && string.Equals(stage.Stage.Trim(), NotAvailableStage, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new("stage", "must name the stage; LinkedIn refuses \"Not Available\"."));
        }

        TextRules.Apply(errors, stage, EntityTextFields.Stage);
        return errors;
    }

    /// <summary>Checks an application note.</summary>
    /// <param name="note">The note.</param>
    /// <returns>The broken rules.</returns>
    public static IReadOnlyList<ValidationError> Validate(AtsApplicationNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var errors = new List<ValidationError>();
        RequireText(errors, note.AtsJobApplicationId, "atsJobApplicationId");
        RequireText(errors, note.NoteId, "noteId");
        CheckNote(errors, note.AtsCreatedAt, note.Author, "author");
        TextRules.Apply(errors, note, EntityTextFields.ApplicationNote);
        return errors;
    }

    /// <summary>Checks interview feedback.</summary>
    /// <param name="feedback">The feedback.</param>
    /// <returns>The broken rules.</returns>
    public static IReadOnlyList<ValidationError> Validate(AtsInterviewFeedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var errors = new List<ValidationError>();
        RequireText(errors, feedback.AtsJobApplicationId, "atsJobApplicationId");
        RequireText(errors, feedback.FeedbackId, "feedbackId");
        CheckNote(errors, feedback.AtsCreatedAt, feedback.Interviewer, "interviewer");
        if (feedback.Evaluations is null)
        {
            errors.Add(new("evaluations", "must not be null; give an empty list when there are none."));
        }
        else
        {
            for (int i = 0; i < feedback.Evaluations.Count; i++)
            {
                InterviewEvaluation? e = feedback.Evaluations[i];
                RequireText(errors, e?.Attribute, Indexed("evaluations", i) + ".attribute");
                RequireText(errors, e?.Result, Indexed("evaluations", i) + ".result");
            }
        }

        if (feedback.InterviewType is { IsEmpty: true })
        {
            errors.Add(new("interviewType", "must be PHONE_SCREEN or ONSITE, or null."));
        }

        TextRules.Apply(errors, feedback, EntityTextFields.InterviewFeedback);
        return errors;
    }

    /// <summary>Checks an ACL.</summary>
    /// <param name="acl">The ACL.</param>
    /// <returns>The broken rules.</returns>
    public static IReadOnlyList<ValidationError> Validate(AtsEntityAcl acl)
    {
        ArgumentNullException.ThrowIfNull(acl);
        var errors = new List<ValidationError>();
        RequireText(errors, acl.AclId, "atsEntityAclId");
        RequireEntityType(errors, acl.EntityType);
        RequireText(errors, acl.EntityId, "atsEntityId");
        return errors;
    }

    /// <summary>Checks an ACL assignee on its own (see <see cref="ValidateAssignees"/> for the per-member limit).</summary>
    /// <param name="assignee">The assignee.</param>
    /// <returns>The broken rules.</returns>
    public static IReadOnlyList<ValidationError> Validate(AtsEntityAclAssignee assignee)
    {
        ArgumentNullException.ThrowIfNull(assignee);
        var errors = new List<ValidationError>();
        RequireText(errors, assignee.AclId, "atsEntityAclId");
        RequireEntityType(errors, assignee.EntityType);
        if (assignee.Assignee == default)
        {
            errors.Add(new("assignee", "must be a person URN (urn:li:person:{id})."));
        }

        return errors;
    }

    /// <summary>
    /// Checks ACL assignees together: each on its own, and no member in more than <see cref="MaxAclsPerAssignee"/>
    /// distinct ACLs (the assignments past the tenth of a member are invalid).
    /// </summary>
    /// <param name="assignees">The assignees.</param>
    /// <returns>The broken rules of each assignee, in input order (empty lists for valid ones).</returns>
    public static IReadOnlyList<IReadOnlyList<ValidationError>> ValidateAssignees(IEnumerable<AtsEntityAclAssignee> assignees)
    {
        ArgumentNullException.ThrowIfNull(assignees);
        var perMember = new Dictionary<PersonUrn, HashSet<string>>();
        var results = new List<IReadOnlyList<ValidationError>>();
        foreach (AtsEntityAclAssignee a in assignees)
        {
            IReadOnlyList<ValidationError> own = Validate(a);
            if (own.Count == 0)
            {
                if (!perMember.TryGetValue(a.Assignee, out HashSet<string>? acls))
                {
                    perMember[a.Assignee] = acls = new HashSet<string>(StringComparer.Ordinal);
                }

                if (!acls.Contains(a.AclId) && acls.Count >= MaxAclsPerAssignee)
                {
                    own = [new("assignee", string.Create(CultureInfo.InvariantCulture, $"a member can be in at most {MaxAclsPerAssignee} ACLs; remove the member from another ACL first."))];
                }
                else
                {
                    acls.Add(a.AclId);
                }
            }

            results.Add(own);
        }

        return results;
    }

    /// <summary>
    /// Whether a text has the e-mail shape LinkedIn can match: <c>x@y.z</c>, one <c>@</c>, a domain of non-empty
    /// dot-separated labels, and no white space, control, invisible (format) or unpaired surrogate characters.
    /// </summary>
    /// <param name="value">The text.</param>
    /// <returns>Whether it is an e-mail address.</returns>
    public static bool IsEmail(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > TextRules.MaxShortTextLength || TextRules.Broken(value, TextRules.MaxShortTextLength, multiline: false) is not null)
        {
            return false;
        }

        int at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@'))
        {
            return false;
        }

        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || c == '"')
            {
                return false;
            }
        }

        ReadOnlySpan<char> domain = value.AsSpan(at + 1);
        int dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && domain[0] != '.' && !domain.Contains("..", StringComparison.Ordinal);
    }

    private static void CheckNote(List<ValidationError> errors, DateTimeOffset? createdAt, Actor? actor, string actorField)
    {
        if (createdAt is { } c)
        {
            RequireTimestamp(errors, c, "atsCreatedAt");
        }

        if (actor is not null)
        {
            RequireText(errors, actor.FirstName, actorField + ".firstName");
            RequireText(errors, actor.LastName, actorField + ".lastName");
            TextRules.Short(errors, actor.FirstName, actorField + ".firstName");
            TextRules.Short(errors, actor.LastName, actorField + ".lastName");
        }
    }

    private static void RequireEntityType(List<ValidationError> errors, AtsEntityType type)
    {
        if (type.IsEmpty)
        {
            errors.Add(new("atsEntityType", "must be set (JOB_POSTING)."));
        }
    }

    private static void RequireTimestamps(List<ValidationError> errors, DateTimeOffset createdAt, DateTimeOffset lastModifiedAt)
    {
        bool created = RequireTimestamp(errors, createdAt, "atsCreatedAt");
        bool modified = RequireTimestamp(errors, lastModifiedAt, "atsLastModifiedAt");
        if (created && modified && EpochMilliseconds.ToEpochMilliseconds(lastModifiedAt) < EpochMilliseconds.ToEpochMilliseconds(createdAt))
        {
            errors.Add(new("atsLastModifiedAt", "must not be earlier than atsCreatedAt."));
        }
    }

    private static bool RequireTimestamp(List<ValidationError> errors, DateTimeOffset value, string field)
    {
        if (EpochMilliseconds.ToEpochMilliseconds(value) <= 0)
        {
            errors.Add(new(field, "must be after 1970-01-01T00:00:00Z (LinkedIn needs epoch milliseconds > 0); was it left unset?"));
            return false;
        }

        return true;
    }

    private static void RequireWebAddress(List<ValidationError> errors, Uri? value, string field)
    {
        if (value is not null && (!value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttps && value.Scheme != Uri.UriSchemeHttp)))
        {
            errors.Add(new(field, "must be an absolute http or https address, or null."));
        }
        else
        {
            TextRules.Short(errors, value?.OriginalString, field);
        }
    }

    private static bool RequireText(List<ValidationError> errors, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "must not be empty."));
            return false;
        }

        return true;
    }

    private static string Indexed(string field, int index) => string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]");
}
