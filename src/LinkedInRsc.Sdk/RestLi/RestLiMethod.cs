namespace LinkedInRsc.RestLi;

/// <summary>The Rest.li methods; each maps to an HTTP verb and an <c>X-RestLi-Method</c> header value.</summary>
public enum RestLiMethod
{
    /// <summary>GET of one entity by key (HTTP GET).</summary>
    Get,

    /// <summary>GET of several entities by key (HTTP GET, <c>ids=</c>).</summary>
    BatchGet,

    /// <summary>GET of a whole collection (HTTP GET).</summary>
    GetAll,

    /// <summary>A finder query (HTTP GET, <c>q=</c>).</summary>
    Finder,

    /// <summary>Several finder queries at once (HTTP GET, <c>bq=</c>).</summary>
    BatchFinder,

    /// <summary>Create one entity (HTTP POST).</summary>
    Create,

    /// <summary>Create several entities (HTTP POST, <c>elements</c> body).</summary>
    BatchCreate,

    /// <summary>Full replace of one entity (HTTP PUT).</summary>
    Update,

    /// <summary>Full replace of several entities (HTTP PUT, <c>entities</c> body).</summary>
    BatchUpdate,

    /// <summary>Patch of one entity (HTTP POST, <c>patch</c> body).</summary>
    PartialUpdate,

    /// <summary>Patch of several entities (HTTP POST, <c>entities</c> of patches).</summary>
    BatchPartialUpdate,

    /// <summary>Delete one entity (HTTP DELETE).</summary>
    Delete,

    /// <summary>Delete several entities (HTTP DELETE, <c>ids=</c>).</summary>
    BatchDelete,

    /// <summary>A named action (HTTP POST, <c>action=</c>).</summary>
    Action,
}
