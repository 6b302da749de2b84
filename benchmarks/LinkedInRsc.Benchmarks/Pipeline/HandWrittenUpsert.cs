using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LinkedInRsc.Benchmarks.Bodies;
using LinkedInRsc.Benchmarks.RestLi;

namespace LinkedInRsc.Benchmarks.Pipeline;

/// <summary>
/// The baseline of <see cref="PipelineBenchmarks"/>: the same tunneled BATCH_UPDATE written by hand over one
/// <see cref="HttpClient"/> with a token fetched once, source-generated JSON, and each key's outcome read back.
/// </summary>
/// <param name="http">The client, its base address set.</param>
/// <param name="accessToken">The bearer token.</param>
public sealed class HandWrittenUpsert(HttpClient http, string accessToken)
{
    /// <summary>Upserts one batch.</summary>
    /// <param name="keys">The candidates' keys.</param>
    /// <param name="candidates">The candidates, in the same order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per key, in batch order.</returns>
    public async Task<BodyOutcome[]> UpsertAsync(CandidateKeyData[] keys, PlainCandidate[] candidates, CancellationToken cancellationToken = default)
    {
        var encoded = new string[keys.Length];
        var body = new PlainBatchUpdate { Entities = new Dictionary<string, PlainCandidate>(keys.Length, StringComparer.Ordinal) };
        for (int i = 0; i < keys.Length; i++)
        {
            encoded[i] = NaiveRestLiKeys.EncodeKeyVersion2(keys[i]);
            body.Entities[encoded[i]] = candidates[i];
        }

        // 100 keys make a query longer than a URL may be: Rest.li tunnels it as the form part of a multipart POST.
        var form = new StringContent("ids=List(" + string.Join(",", encoded) + ")", Encoding.UTF8);
        form.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var json = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, PipelineJsonContext.Default.PlainBatchUpdate));
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "atsCandidates") { Content = new MultipartContent("mixed", "restli-" + Guid.NewGuid().ToString("N")) { form, json } };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Headers.TryAddWithoutValidation("X-HTTP-Method-Override", "PUT");
        request.Headers.TryAddWithoutValidation("X-RestLi-Method", "BATCH_UPDATE");
        request.Headers.TryAddWithoutValidation("X-RestLi-Protocol-Version", "2.0.0");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            PlainBatchResponse result = (await JsonSerializer.DeserializeAsync(stream, PipelineJsonContext.Default.PlainBatchResponse, cancellationToken).ConfigureAwait(false))!;
            var outcomes = new BodyOutcome[keys.Length];
            for (int i = 0; i < outcomes.Length; i++)
            {
                outcomes[i] = result.Errors.TryGetValue(encoded[i], out PlainError? error) ? new BodyOutcome(false, error.Status)
                    : result.Results.TryGetValue(encoded[i], out PlainEntityStatus? status) ? new BodyOutcome(status.Status is >= 200 and < 300, status.Status)
                    : new BodyOutcome(false, null);
            }

            return outcomes;
        }
    }
}
