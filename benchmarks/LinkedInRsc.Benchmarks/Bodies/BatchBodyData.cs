using System.Globalization;
using System.Text;
using LinkedInRsc.Candidates;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Benchmarks.Bodies;

/// <summary>
/// The input of the batch body benchmarks: 100 candidates of one customer as the SDK's <see cref="AtsCandidate"/>
/// and as the baseline's <see cref="PlainCandidate"/>, their protocol 2.0 keys, and LinkedIn's answer to the batch
/// (every 25th key refused with 422, the others 204).
/// </summary>
public static class BatchBodyData
{
    /// <summary>How many candidates one batch carries (LinkedIn's batch limit).</summary>
    public const int Count = 100;

    /// <summary>The customer's organization URN (the keys' <c>integrationContext</c>).</summary>
    public const string Organization = "urn:li:organization:2414183";

    /// <summary>Whether LinkedIn refuses the candidate at this position in <see cref="CreateResponse"/>.</summary>
    /// <param name="index">The position in the batch.</param>
    /// <returns><see langword="true"/> for every 25th.</returns>
    public static bool IsRefused(int index) => index % 25 == 24;

    /// <summary>The candidates as the SDK takes them.</summary>
    /// <returns>A new array of <see cref="Count"/> candidates.</returns>
    public static AtsCandidate[] CreateCandidates()
    {
        var candidates = new AtsCandidate[Count];
        for (int i = 0; i < candidates.Length; i++)
        {
            candidates[i] = CreateCandidate(i);
        }

        return candidates;
    }

    /// <summary>The <paramref name="index"/>th candidate: every field a typical ATS sends, a distinct id.</summary>
    /// <param name="index">Which candidate.</param>
    /// <returns>A new candidate.</returns>
    public static AtsCandidate CreateCandidate(int index)
    {
        var start = new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
        string n = (1_000_000 + ((long)index * 7919)).ToString(CultureInfo.InvariantCulture);
        return new AtsCandidate
        {
            AtsCandidateId = "cand-" + n,
            AtsCreatedAt = start.AddMinutes(index % 100_000),
            AtsLastModifiedAt = start.AddDays(3).AddMinutes(index % 100_000),
            FirstName = "Firstname" + n,
            LastName = "Lastname" + n,
            EmailAddresses = ["person" + n + "@example.com"],
            PhoneNumbers = [new PhoneNumber { Number = "+1 415 555 " + n[^4..] }],
            Addresses = [new Address { Line1 = n + " Market Street", City = "San Francisco", GeographicArea = "CA", PostalCode = "94105", Country = "US" }],
            CurrentCompanyName = "Company " + (index % 17).ToString(CultureInfo.InvariantCulture),
            CurrentJobTitle = "Software Engineer",
            ExternalProfileUrl = new Uri("https://ats.example.com/candidates/cand-" + n),
        };
    }

    /// <summary>The same candidate as the baseline's plain class.</summary>
    /// <param name="c">The candidate.</param>
    /// <returns>The plain equivalent.</returns>
    public static PlainCandidate ToPlain(AtsCandidate c) => new()
    {
        AtsCreatedAt = c.AtsCreatedAt.ToUnixTimeMilliseconds(),
        AtsLastModifiedAt = c.AtsLastModifiedAt.ToUnixTimeMilliseconds(),
        FirstName = c.FirstName,
        LastName = c.LastName,
        EmailAddresses = [.. c.EmailAddresses],
        PhoneNumbers = [.. c.PhoneNumbers.Select(static p => new PlainPhoneNumber { Number = p.Number, Extension = p.Extension })],
        Addresses = [.. c.Addresses.Select(static a => new PlainAddress { Line1 = a.Line1, City = a.City, GeographicArea = a.GeographicArea, PostalCode = a.PostalCode, Country = a.Country })],
        CurrentCompanyName = c.CurrentCompanyName,
        CurrentJobTitle = c.CurrentJobTitle,
        ExternalProfileUrl = c.ExternalProfileUrl?.AbsoluteUri,
    };

    /// <summary>The candidate's compound key, as the SDK's clients build it.</summary>
    /// <param name="atsCandidateId">The candidate's id.</param>
    /// <returns>The key.</returns>
    public static RestLiValue Key(string atsCandidateId) => RestLiValue.RecordOf(
        ("atsCandidateId", RestLiValue.FromString(atsCandidateId)),
        ("dataProvider", RestLiValue.FromString("ATS")),
        ("integrationContext", RestLiValue.FromString(Organization)));

    /// <summary>LinkedIn's BATCH_UPDATE answer for these keys: <c>results</c> with each status, <c>errors</c> for the refused.</summary>
    /// <param name="encodedKeys">The keys as protocol 2.0 text, in batch order.</param>
    /// <returns>The UTF-8 body.</returns>
    public static byte[] CreateResponse(IReadOnlyList<string> encodedKeys)
    {
        var results = new StringBuilder();
        var errors = new StringBuilder();
        for (int i = 0; i < encodedKeys.Count; i++)
        {
            string key = System.Text.Json.JsonEncodedText.Encode(encodedKeys[i]).ToString();
            results.Append(results.Length == 0 ? string.Empty : ",")
                .Append('"').Append(key).Append("\":{\"status\":").Append(IsRefused(i) ? "422" : "204").Append('}');
            if (IsRefused(i))
            {
                errors.Append(errors.Length == 0 ? string.Empty : ",")
                    .Append('"').Append(key).Append("\":{\"status\":422,\"serviceErrorCode\":100,\"message\":\"emailAddresses[0] is not a valid e-mail address\"}");
            }
        }

        return Encoding.UTF8.GetBytes("{\"results\":{" + results + "},\"errors\":{" + errors + "}}");
    }
}
