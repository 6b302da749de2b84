using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LinkedInRsc.Benchmarks.Bodies;
using LinkedInRsc.Sync;

namespace LinkedInRsc.Benchmarks.Throughput;

/// <summary>
/// The baseline of <see cref="SyncThroughputBenchmarks"/>: a sync written by hand over one <see cref="HttpClient"/>
/// (token fetched once, keys by <c>string.Concat</c> and <see cref="Uri.EscapeDataString(string)"/>, source-generated
/// JSON). It reads the stream in batches of <c>batchSize</c> records and, batch after batch as the SDK's engine does,
/// sends the candidates (one BATCH_UPDATE), reads each key's status, then sends the applications of the candidates
/// LinkedIn accepted (one BATCH_UPDATE). No validation, no retries, no checkpoints, no report: the fastest code that
/// sends the same requests.
/// </summary>
/// <param name="http">The client, its base address the API's (<c>…/v2/</c>).</param>
/// <param name="accessToken">The bearer token.</param>
/// <param name="organization">The customer's organization URN (the keys' <c>integrationContext</c>).</param>
/// <param name="batchSize">Records per request.</param>
internal sealed class HandWrittenBatcher(HttpClient http, string accessToken, string organization, int batchSize)
{
    private const int TunnelingThreshold = 4000;
    private readonly string _context = ",dataProvider:ATS,integrationContext:" + Uri.EscapeDataString(organization) + ")";

    /// <summary>Syncs every record of the stream.</summary>
    /// <param name="records">The candidates with their applications.</param>
    /// <param name="cancellationToken">Cancels the sync.</param>
    /// <returns>How many records (candidates and applications) LinkedIn accepted.</returns>
    public async Task<long> SyncAsync(IAsyncEnumerable<CandidateRecord> records, CancellationToken cancellationToken = default)
    {
        long synced = 0;
        var batch = new List<CandidateRecord>(batchSize);
        await foreach (CandidateRecord record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(record);
            if (batch.Count == batchSize)
            {
                synced += await SendBatchAsync(batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            synced += await SendBatchAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        return synced;
    }

    private async Task<long> SendBatchAsync(List<CandidateRecord> batch, CancellationToken cancellationToken)
    {
        var candidateKeys = new string[batch.Count];
        var candidates = new PlainBatchUpdate { Entities = new Dictionary<string, PlainCandidate>(batch.Count, StringComparer.Ordinal) };
        for (int i = 0; i < batch.Count; i++)
        {
            candidateKeys[i] = Key("(atsCandidateId:", batch[i].Candidate.AtsCandidateId);
            candidates.Entities[candidateKeys[i]] = BatchBodyData.ToPlain(batch[i].Candidate);
        }

        bool[] accepted = await SendAsync("atsCandidates", candidateKeys, JsonSerializer.SerializeToUtf8Bytes(candidates, ThroughputJsonContext.Default.PlainBatchUpdate), cancellationToken).ConfigureAwait(false);
        long synced = accepted.Count(a => a);

        var applicationKeys = new List<string>(batch.Count);
        var applications = new PlainApplicationBatchUpdate { Entities = new Dictionary<string, PlainApplication>(batch.Count, StringComparer.Ordinal) };
        for (int i = 0; i < batch.Count; i++)
        {
            if (!accepted[i])
            {
                continue;
            }

            foreach (ApplicationRecord application in batch[i].Applications)
            {
                string key = Key("(atsJobApplicationId:", application.Application.AtsJobApplicationId);
                applicationKeys.Add(key);
                applications.Entities[key] = SyncThroughputData.ToPlain(application.Application);
            }
        }

        if (applicationKeys.Count > 0)
        {
            bool[] applicationsAccepted = await SendAsync("atsApplications", [.. applicationKeys], JsonSerializer.SerializeToUtf8Bytes(applications, ThroughputJsonContext.Default.PlainApplicationBatchUpdate), cancellationToken).ConfigureAwait(false);
            synced += applicationsAccepted.Count(a => a);
        }

        return synced;
    }

    private string Key(string idField, string id) => string.Concat(idField, Uri.EscapeDataString(id), _context);

    /// <summary>One BATCH_UPDATE, tunneled when its query is long (as Rest.li clients do); each key's acceptance, in order.</summary>
    private async Task<bool[]> SendAsync(string resource, string[] keys, byte[] json, CancellationToken cancellationToken)
    {
        string query = "ids=List(" + string.Join(",", keys) + ")";
        var body = new ByteArrayContent(json);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        HttpRequestMessage request;
        if (query.Length > TunnelingThreshold)
        {
            var form = new StringContent(query, Encoding.UTF8);
            form.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            request = new HttpRequestMessage(HttpMethod.Post, resource) { Content = new MultipartContent("mixed", "restli-" + Guid.NewGuid().ToString("N")) { form, body } };
            request.Headers.TryAddWithoutValidation("X-HTTP-Method-Override", "PUT");
        }
        else
        {
            request = new HttpRequestMessage(HttpMethod.Put, resource + "?" + query) { Content = body };
        }

        using (request)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            request.Headers.TryAddWithoutValidation("X-RestLi-Method", "BATCH_UPDATE");
            request.Headers.TryAddWithoutValidation("X-RestLi-Protocol-Version", "2.0.0");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                PlainBatchResponse result = (await JsonSerializer.DeserializeAsync(stream, ThroughputJsonContext.Default.PlainBatchResponse, cancellationToken).ConfigureAwait(false))!;
                var accepted = new bool[keys.Length];
                for (int i = 0; i < keys.Length; i++)
                {
                    accepted[i] = !result.Errors.ContainsKey(keys[i]) && result.Results.TryGetValue(keys[i], out PlainEntityStatus? status) && status.Status is >= 200 and < 300;
                }

                return accepted;
            }
        }
    }
}
