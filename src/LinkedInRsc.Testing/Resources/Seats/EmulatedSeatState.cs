namespace LinkedInRsc.Testing;

/// <summary>The state of a Recruiter seat (<c>state</c> of <c>seatsV2</c>).</summary>
public enum EmulatedSeatState
{
    /// <summary>In use (<c>ACTIVE</c>).</summary>
    Active,

    /// <summary>Not in use (<c>INACTIVE</c>).</summary>
    Inactive,

    /// <summary>Invited, not yet accepted (<c>INVITED</c>).</summary>
    Invited,

    /// <summary>Parked (<c>PARKED</c>).</summary>
    Parked,
}
