namespace LinkedInRsc.Benchmarks.Throughput;

/// <summary>What <see cref="LoopbackLinkedIn"/> received for one resource path and Rest.li method.</summary>
/// <param name="Requests">How many requests.</param>
/// <param name="Keys">How many keys they carried (each answered 204).</param>
/// <param name="BodyBytes">The request bytes read (the tunneled form and the JSON body).</param>
internal readonly record struct ResourceTraffic(long Requests, long Keys, long BodyBytes);
