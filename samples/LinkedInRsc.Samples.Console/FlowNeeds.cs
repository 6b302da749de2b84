namespace LinkedInRsc.Samples.Console;

/// <summary>What a flow needs beyond the SDK's own calls.</summary>
[Flags]
internal enum FlowNeeds
{
    /// <summary>Only SDK calls: runs against any target.</summary>
    None = 0,

    /// <summary>
    /// Scripts the LinkedIn side (an admin connecting, a recruiter exporting or sending InMail, a member closing their
    /// profile) and delivers pushes to this process: an emulator's control API, embedded (C#) or standalone (/_emulator/).
    /// </summary>
    ScriptedLinkedIn = 1,
}
