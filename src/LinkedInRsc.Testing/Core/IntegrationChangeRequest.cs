namespace LinkedInRsc.Testing.Core;

/// <summary>A recorded integration status change (an admin enabled/disabled integrations), looked up by request id.</summary>
internal sealed record IntegrationChangeRequest(string RequestId, CustomerState Customer, IReadOnlyList<IntegrationKey> Keys, long CreatedAt);
