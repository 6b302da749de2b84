namespace LinkedInRsc.Testing.Core;

/// <summary>
/// Thrown by request handlers (and by <see cref="RequestContext"/> checks) to answer the whole request with a
/// LinkedIn-shaped error. The request processor catches it; it never leaves the emulator.
/// </summary>
internal sealed class LinkedInErrorException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LinkedInErrorException(LinkedInError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Required by CA1032; not used.</summary>
    public LinkedInErrorException()
        : this(new LinkedInError(500, ServiceErrorCodes.InternalError, "Internal error."))
    {
    }

    /// <summary>Required by CA1032; not used.</summary>
    public LinkedInErrorException(string message)
        : this(LinkedInError.BadRequest(message))
    {
    }

    /// <summary>Required by CA1032; not used.</summary>
    public LinkedInErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = LinkedInError.BadRequest(message);
    }

    /// <summary>The error to answer with.</summary>
    public LinkedInError Error { get; }
}
