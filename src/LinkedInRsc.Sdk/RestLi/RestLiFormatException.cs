namespace LinkedInRsc.RestLi;

/// <summary>
/// Rest.li text (a key, a query string or an encoded value) could not be decoded. The message names the position
/// (zero-based, in the text handed to the decoder) and what was expected there; it never repeats the text itself,
/// which may carry candidate data.
/// </summary>
public sealed class RestLiFormatException : FormatException
{
    /// <summary>Creates an exception with a default message.</summary>
    public RestLiFormatException()
        : base("The Rest.li text is malformed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What was wrong, safe to log.</param>
    public RestLiFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What was wrong, safe to log.</param>
    /// <param name="innerException">The cause.</param>
    public RestLiFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a problem at a position of the decoded text.</summary>
    /// <param name="message">What was wrong and what was expected, safe to log.</param>
    /// <param name="position">The zero-based position in the decoded text.</param>
    public RestLiFormatException(string message, int position)
        : base(message)
    {
        Position = position;
    }

    /// <summary>The zero-based position in the decoded text where the problem was found, when known.</summary>
    public int? Position { get; }
}
