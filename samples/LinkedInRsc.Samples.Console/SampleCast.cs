using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Console;

/// <summary>
/// Who plays in the story, filled in by the flows as they meet them: two customers of the ATS (Acme, company level;
/// Globex, contract level), their Recruiter users, and LinkedIn members. A flow that needs someone an earlier flow
/// failed to bring in fails with a message naming that flow.
/// </summary>
internal sealed class SampleCast
{
    public const string Acme = "acme";
    public const string Globex = "globex";

    /// <summary>The contract Globex's admin chose in the onboarding widget.</summary>
    public ContractUrn? GlobexContract { get; set; }

    public EmulatedSeat? AcmeRecruiter { get; set; }

    public EmulatedSeat? AcmeSourcer { get; set; }

    public EmulatedSeat? Rita { get; set; }

    public EmulatedSeat? Sam { get; set; }

    public EmulatedMember? Ada { get; set; }

    public EmulatedMember? Grace { get; set; }

    public EmulatedMember? Linus { get; set; }

    public EmulatedMember? Alan { get; set; }

    /// <summary>The ATS candidate ids Acme's historical sync sent (the data-deletion request deletes them).</summary>
    public IReadOnlyList<string> AcmeSyncedCandidates { get; set; } = [];

    /// <summary>The ATS application ids Acme's historical sync sent.</summary>
    public IReadOnlyList<string> AcmeSyncedApplications { get; set; } = [];

    public static T Require<T>(T? value, string who, string flow)
        where T : class =>
        value ?? throw new SampleCheckException($"{who} was to be brought in by the flow \"{flow}\", which did not get that far.");

    public static ContractUrn Require(ContractUrn? value, string who, string flow) =>
        value ?? throw new SampleCheckException($"{who} was to be chosen in the flow \"{flow}\", which did not get that far.");
}
