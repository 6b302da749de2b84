namespace LinkedInRsc.Onboarding;

/// <summary>The bundled integration types the ATS Integration Configuration widget offers a customer's admin.</summary>
[Flags]
public enum OnboardingBundles
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary><c>RECRUITER_SYSTEM_CONNECT_COMPANY</c>: company-level access (1-click export, In-ATS indicator, profile widget).</summary>
    Company = 1,

    /// <summary><c>RECRUITER_SYSTEM_CONNECT_CONTRACT</c>: contract-level access (adds InMail history, notes history, stub profiles).</summary>
    Contract = 2,
}
