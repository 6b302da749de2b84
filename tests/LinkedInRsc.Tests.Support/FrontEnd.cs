namespace LinkedInRsc.Tests.Support;

/// <summary>How a test reaches the emulator.</summary>
public enum FrontEnd
{
    /// <summary>Through an in-process message handler (no sockets).</summary>
    InMemory,

    /// <summary>Over a real HTTP listener on a free port.</summary>
    Http,
}
