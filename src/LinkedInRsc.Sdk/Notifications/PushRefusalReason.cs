namespace LinkedInRsc.Notifications;

/// <summary>Why the push processor refused a request without processing it.</summary>
public enum PushRefusalReason
{
    /// <summary>The customer in the callback URL is not in the customer directory, or has no credentials (404).</summary>
    UnknownCustomer = 0,

    /// <summary>No <c>X-LI-Signature</c> header (401).</summary>
    MissingSignature = 1,

    /// <summary>The <c>X-LI-Signature</c> header is not a hex HMAC-SHA256 in either reading (401).</summary>
    MalformedSignature = 2,

    /// <summary>The signature does not match the body with any of the customer's active secrets (401).</summary>
    WrongSignature = 3,

    /// <summary>The body is larger than <see cref="PushOptions.MaxBodyBytes"/> (413).</summary>
    BodyTooLarge = 4,

    /// <summary>The signed body is not JSON, or has no notification id or event type (400).</summary>
    MalformedBody = 5,

    /// <summary>A validation request without a <c>challengeCode</c>, or for an application not of this customer (400/404).</summary>
    InvalidChallenge = 6,

    /// <summary>Neither a validation <c>GET</c> nor a push <c>POST</c> (405).</summary>
    UnsupportedMethod = 7,
}
