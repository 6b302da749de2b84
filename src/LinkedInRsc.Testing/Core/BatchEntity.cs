using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Core;

/// <summary>One decoded entity of a batch request body (<c>entities</c> map).</summary>
/// <param name="RawKey">The map key exactly as sent; answer per-entity statuses under this text.</param>
/// <param name="Key">The decoded key.</param>
/// <param name="Value">The entity (or the <c>{"patch":…}</c> of a partial update); null when the body had none for a key.</param>
internal sealed record BatchEntity(string RawKey, RestLiValue Key, JsonNode? Value);
