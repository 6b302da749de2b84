namespace LinkedInRsc.Authentication;

/// <summary>
/// LinkedIn did not issue an access token: the token endpoint refused the credentials (OAuth <c>invalid_client</c>,
/// <c>access_denied</c>, …) or could not be reached.
/// </summary>
/// <remarks>
/// A subtype of <see cref="LinkedInRscException"/> because its handling differs: a refused credential needs an
/// operator (rotate the secret, re-provision the customer's application), so an ATS typically marks that customer's
/// connection as broken instead of retrying. <see cref="LinkedInRscException.ErrorCode"/> holds the OAuth <c>error</c>
/// and <see cref="LinkedInRscException.ServiceMessage"/> its <c>error_description</c>. The client secret never
/// appears in the message or in any property.
/// </remarks>
public sealed class AuthenticationFailedException : LinkedInRscException
{
    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">What went wrong, safe to log.</param>
    public AuthenticationFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What went wrong, safe to log.</param>
    /// <param name="innerException">The cause.</param>
    public AuthenticationFailedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The client id of the application whose token was refused, if known.</summary>
    public string? ClientId { get; init; }
}
