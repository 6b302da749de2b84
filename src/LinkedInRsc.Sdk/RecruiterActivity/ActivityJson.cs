using System.Globalization;
using System.Text.Json;
using LinkedInRsc.Internal;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// Tolerant readers of the recruiter-activity elements. A field of an unexpected type reads as absent; an element
/// without what identifies it reads as <see langword="null"/> (left out of the stream); every field not modelled is
/// kept in <c>AdditionalProperties</c>.
/// </summary>
internal static class ActivityJson
{
    private const string MailContentType = "com.linkedin.messaging.events.MailContent";

    private static readonly string[] SeatFields = ["id", "firstName", "lastName", "contract", "contractId", "member", "state", "seatRoles", "active", "admin"];
    private static readonly string[] EventFields = ["id", "threadUrn", "author", "recipients", "createdAt", "content"];
    private static readonly string[] NoteFields = ["id", "contract", "owner", "member", "note", "text", "created", "createdAt", "lastModified", "lastModifiedAt", "active"];
    private static readonly string[] StubFields = ["id", "contract", "owner", "member", "firstName", "lastName", "profileUrl", "emailAddress", "emailAddresses", "phoneNumber", "headline", "createdAt", "created"];

    /// <summary>A <c>seatsV2</c> or legacy <c>seats</c> element; <paramref name="contract"/> when the element names none.</summary>
    public static Seat? ReadSeat(JsonElement element, ContractUrn contract)
    {
        if (!TryUrn(JsonRead.String(element, "id"), SeatUrn.TryParse, SeatUrn.FromId, out SeatUrn seat))
        {
            return null;
        }

        string? contractText = JsonRead.String(element, "contract") ?? JsonRead.String(element, "contractId");
        SeatState state = JsonRead.String(element, "state") is { Length: > 0 } s ? new SeatState(s)
            : Bool(element, "active") is { } active ? (active ? SeatState.Active : SeatState.Inactive)
            : default;
        var roles = new List<string>(JsonRead.Strings(element, "seatRoles"));
        if (Bool(element, "admin") == true && !roles.Contains("ADMIN_SEAT", StringComparer.Ordinal))
        {
            roles.Add("ADMIN_SEAT");
        }

        return new Seat
        {
            Urn = seat,
            Contract = TryUrn(contractText, ContractUrn.TryParse, ContractUrn.FromId, out ContractUrn c) ? c : contract,
            Member = PersonUrn.TryParse(JsonRead.String(element, "member"), out PersonUrn member) ? member : null,
            FirstName = JsonRead.String(element, "firstName"),
            LastName = JsonRead.String(element, "lastName"),
            State = state,
            Roles = roles,
            AdditionalProperties = Others(element, SeatFields),
        };
    }

    /// <summary>A <c>conversationEvents</c> element read for <paramref name="viewer"/>.</summary>
    public static ConversationEvent? ReadConversationEvent(JsonElement element, SeatUrn viewer)
    {
        string? id = JsonRead.String(element, "id");
        string? thread = JsonRead.String(element, "threadUrn");
        string? author = JsonRead.String(element, "author");
        long? created = JsonRead.Int64(element, "createdAt");
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(thread) || string.IsNullOrEmpty(author) || created is null)
        {
            return null;
        }

        MailContent? mail = null;
        JsonElement? raw = null;
        if (JsonRead.Object(element, "content") is { } content)
        {
            if (JsonRead.Object(content, MailContentType) is { } m)
            {
                mail = new MailContent
                {
                    Subject = JsonRead.String(m, "subject"),
                    Body = JsonRead.Object(m, "body") is { } body ? JsonRead.String(body, "text") : JsonRead.String(m, "body"),
                };
            }
            else
            {
                raw = content.Clone();
            }
        }

        return new ConversationEvent
        {
            Viewer = viewer,
            ThreadUrn = thread,
            Id = id,
            Author = author,
            Recipients = JsonRead.Strings(element, "recipients"),
            CreatedAt = EpochMilliseconds.FromEpochMilliseconds(created.Value),
            Content = mail,
            RawContent = raw,
            AdditionalProperties = Others(element, EventFields),
        };
    }

    /// <summary>A <c>prospectNotes</c> element.</summary>
    public static ProspectNote? ReadProspectNote(JsonElement element)
    {
        string? id = JsonRead.String(element, "id");
        long? modified = JsonRead.Int64(element, "lastModified") ?? JsonRead.Int64(element, "lastModifiedAt");
        if (string.IsNullOrEmpty(id) || modified is null)
        {
            return null;
        }

        long? created = JsonRead.Int64(element, "created") ?? JsonRead.Int64(element, "createdAt");
        return new ProspectNote
        {
            Id = id,
            Contract = ContractUrn.TryParse(JsonRead.String(element, "contract"), out ContractUrn contract) ? contract : null,
            Owner = SeatUrn.TryParse(JsonRead.String(element, "owner"), out SeatUrn owner) ? owner : null,
            Member = PersonUrn.TryParse(JsonRead.String(element, "member"), out PersonUrn member) ? member : null,
            Text = JsonRead.String(element, "note") ?? JsonRead.String(element, "text"),
            CreatedAt = created is { } c ? EpochMilliseconds.FromEpochMilliseconds(c) : null,
            LastModifiedAt = EpochMilliseconds.FromEpochMilliseconds(modified.Value),
            IsActive = Bool(element, "active") ?? true,
            AdditionalProperties = Others(element, NoteFields),
        };
    }

    /// <summary>A <c>mailStubs</c> element; the e-mail may be <c>emailAddress</c> or <c>emailAddresses</c>, a string or an array.</summary>
    public static MailStub? ReadMailStub(JsonElement element)
    {
        if (!PersonUrn.TryParse(JsonRead.String(element, "member"), out PersonUrn member))
        {
            return null;
        }

        var emails = new List<string>();
        AddStrings(element, "emailAddress", emails);
        AddStrings(element, "emailAddresses", emails);
        long? created = JsonRead.Int64(element, "createdAt") ?? JsonRead.Int64(element, "created");
        return new MailStub
        {
            Id = JsonRead.String(element, "id"),
            Contract = ContractUrn.TryParse(JsonRead.String(element, "contract"), out ContractUrn contract) ? contract : null,
            Owner = SeatUrn.TryParse(JsonRead.String(element, "owner"), out SeatUrn owner) ? owner : null,
            Member = member,
            FirstName = JsonRead.String(element, "firstName"),
            LastName = JsonRead.String(element, "lastName"),
            ProfileUrl = Uri.TryCreate(JsonRead.String(element, "profileUrl"), UriKind.Absolute, out Uri? profile) ? profile : null,
            EmailAddresses = emails,
            PhoneNumber = JsonRead.String(element, "phoneNumber"),
            Headline = JsonRead.String(element, "headline"),
            CreatedAt = created is { } c ? EpochMilliseconds.FromEpochMilliseconds(c) : null,
            AdditionalProperties = Others(element, StubFields),
        };
    }

    private static void AddStrings(JsonElement element, string name, List<string> into)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out JsonElement value))
        {
            return;
        }

        IEnumerable<JsonElement> items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];
        foreach (JsonElement item in items)
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text && !into.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                into.Add(text);
            }
        }
    }

    private static bool? Bool(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value)
            ? value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String when bool.TryParse(value.GetString(), out bool parsed) => parsed,
                _ => null,
            }
            : null;

    /// <summary>A URN given as its text or (as LinkedIn's seat ids are) as a bare number.</summary>
    private static bool TryUrn<T>(string? text, TryParseUrn<T> tryParse, Func<string, T> fromId, out T urn)
        where T : struct
    {
        if (tryParse(text, out urn))
        {
            return true;
        }

        if (text is { Length: > 0 } && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long id) && id > 0)
        {
            urn = fromId(text);
            return true;
        }

        return false;
    }

    private static Dictionary<string, JsonElement> Others(JsonElement element, string[] known)
    {
        var others = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (Array.IndexOf(known, property.Name) < 0)
                {
                    others[property.Name] = property.Value.Clone();
                }
            }
        }

        return others;
    }

    private delegate bool TryParseUrn<T>(string? text, out T urn);
}
