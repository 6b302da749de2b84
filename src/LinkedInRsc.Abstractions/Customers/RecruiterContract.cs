namespace LinkedInRsc.Customers;

/// <summary>A Recruiter contract of a customer and the access level granted on it.</summary>
/// <param name="Urn">The contract URN.</param>
/// <param name="AccessLevel">The access level the LinkedIn admin enabled (<see cref="AccessLevel.None"/> until enabled).</param>
public sealed record RecruiterContract(ContractUrn Urn, AccessLevel AccessLevel);
