namespace LinkedInRsc.Benchmarks.RestLi;

/// <summary>One RSC candidate key as plain strings: what the naive baseline reads and writes.</summary>
/// <param name="AtsCandidateId">The ATS's candidate id.</param>
/// <param name="DataProvider">The data provider (<c>ATS</c>).</param>
/// <param name="IntegrationContext">The customer's organization URN.</param>
public readonly record struct CandidateKeyData(string AtsCandidateId, string DataProvider, string IntegrationContext);
