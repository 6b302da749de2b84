using System.Globalization;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Http;

/// <summary>
/// <c>/_emulator/</c> twins of <see cref="EmulatorRecruiterActions"/>: members, seats, exports, InMails and replies,
/// prospect notes, closed profiles and the job-task processing time. Bodies and answers are JSON; a refused action
/// is answered 400 with LinkedIn's error shape and the reason.
/// </summary>
internal sealed class ResourceControlModule : IEmulatorModule
{
    public void Register(EmulatorRouter router)
    {
        router.MapControl("POST", "members", AddMemberAsync);
        router.MapControl("POST", "members/{memberUrn}/close", CloseMemberAsync);
        router.MapControl("POST", "seats", AddSeatAsync);
        router.MapControl("POST", "exports", ExportAsync);
        router.MapControl("POST", "inmails", SendInMailAsync);
        router.MapControl("POST", "inmails/replies", ReplyAsync);
        router.MapControl("POST", "prospectNotes", WriteNoteAsync);
        router.MapControl("PUT", "prospectNotes/{noteId}", EditNoteAsync);
        router.MapControl("DELETE", "prospectNotes/{noteId}", DeleteNoteAsync);
        router.MapControl("PUT", "jobPostingTasks/processingTime", SetProcessingTime);
    }

    private static async ValueTask<EmulatorResponse> Script(Func<Task<JsonObject>> action, int status = 200)
    {
        try
        {
            return EmulatorResponse.Json(status, await action().ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            return LinkedInError.BadRequest(ex.Message).ToResponse();
        }
    }

    private static string[] Strings(ControlContext context, string name) => context.Body[name] switch
    {
        null => [],
        JsonArray array => array.Select(n => n is JsonValue v && v.TryGetValue(out string? s) ? s : throw LinkedInError.BadRequest($"Property '{name}' must be an array of strings.").AsException()).ToArray(),
        _ => throw LinkedInError.BadRequest($"Property '{name}' must be an array of strings.").AsException(),
    };

    private static JsonObject InMailJson(EmulatedInMail message) => new()
    {
        ["threadUrn"] = message.ThreadUrn,
        ["id"] = message.MessageId,
        ["author"] = message.AuthorUrn,
        ["createdAt"] = message.CreatedAt.ToUnixTimeMilliseconds(),
        ["mailStubCreated"] = message.MailStubCreated,
    };

    private static JsonObject NoteJson(EmulatedProspectNote note) => new()
    {
        ["id"] = note.Id,
        ["contract"] = note.ContractUrn,
        ["owner"] = note.OwnerSeatUrn,
        ["member"] = note.MemberUrn,
        ["lastModified"] = note.LastModifiedAt.ToUnixTimeMilliseconds(),
        ["active"] = note.IsActive,
    };

    private static long NoteId(ControlContext context) =>
        long.TryParse(context.Route("noteId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw LinkedInError.BadRequest("The note id must be an integer.").AsException();

    private ValueTask<EmulatorResponse> AddMemberAsync(ControlContext context, CancellationToken cancellationToken) => Script(async () =>
    {
        var member = await context.Emulator.AddMemberAsync(
            new EmulatedMemberSetup
            {
                FirstName = context.RequireString("firstName"),
                LastName = context.RequireString("lastName"),
                EmailAddresses = Strings(context, "emailAddresses"),
                PersonId = context.GetString("personId"),
                Headline = context.GetString("headline"),
                Location = context.GetString("location"),
                CurrentEmployerNames = Strings(context, "currentEmployerNames"),
            },
            cancellationToken).ConfigureAwait(false);
        return new JsonObject { ["member"] = member.PersonUrn, ["profileUrl"] = member.ProfileUrl };
    }, 201);

    private ValueTask<EmulatorResponse> CloseMemberAsync(ControlContext context, CancellationToken cancellationToken) => Script(async () =>
    {
        var organizations = await context.Emulator.CloseMemberProfileAsync(Uri.UnescapeDataString(context.Route("memberUrn")), cancellationToken).ConfigureAwait(false);
        return new JsonObject { ["purgedFor"] = new JsonArray(organizations.Select(o => (JsonNode?)JsonValue.Create(o)).ToArray()) };
    });

    private ValueTask<EmulatorResponse> AddSeatAsync(ControlContext context, CancellationToken cancellationToken) => Script(async () =>
    {
        var roles = Strings(context, "seatRoles");
        var seat = await context.Emulator.AddSeatAsync(
            context.RequireString("contract"),
            context.RequireString("member"),
            context.RequireString("firstName"),
            context.RequireString("lastName"),
            context.GetString("state") ?? "ACTIVE",
            roles.Length == 0 ? null : roles,
            context.GetInt64("seatId"),
            cancellationToken).ConfigureAwait(false);
        return new JsonObject { ["seat"] = seat.SeatUrn, ["contract"] = seat.ContractUrn, ["member"] = seat.MemberUrn, ["state"] = seat.State };
    }, 201);

    private ValueTask<EmulatorResponse> ExportAsync(ControlContext context, CancellationToken cancellationToken) => Script(async () =>
    {
        var emails = Strings(context, "emailAddresses");
        var export = await context.Emulator.ExportCandidateAsync(
            context.RequireString("customerId"),
            context.RequireString("member"),
            context.RequireString("externalJobPostingId"),
            context.GetString("seat"),
            emails,
            cancellationToken).ConfigureAwait(false);
        return new JsonObject { ["requestId"] = export.RequestId, ["integrationContext"] = export.OrganizationUrn, ["pushId"] = export.Push.Id };
    }, 201);

    private ValueTask<EmulatorResponse> SendInMailAsync(ControlContext context, CancellationToken cancellationToken) => Script(async () =>
        InMailJson(await context.Emulator.SendInMailAsync(
            context.RequireString("seat"),
            context.RequireString("member"),
            context.GetString("subject") ?? string.Empty,
            context.GetString("body") ?? string.Empty,
            cancellationToken).ConfigureAwait(false)), 201);

    private ValueTask<EmulatorResponse> ReplyAsync(ControlContext context, CancellationToken cancellationToken) => Script(async () =>
    {
        var share = context.Body["shareContactDetails"] switch
        {
            null => false,
            JsonValue v when v.TryGetValue(out bool b) => b,
            _ => throw LinkedInError.BadRequest("Property 'shareContactDetails' must be true or false.").AsException(),
        };
        return InMailJson(await context.Emulator.ReplyToInMailAsync(
            context.RequireString("threadUrn"),
            context.GetString("body") ?? string.Empty,
            share,
            context.GetString("emailAddress"),
            context.GetString("phoneNumber"),
            cancellationToken).ConfigureAwait(false));
    }, 201);

    private ValueTask<EmulatorResponse> WriteNoteAsync(ControlContext context, CancellationToken cancellationToken) => Script(async () =>
        NoteJson(await context.Emulator.WriteProspectNoteAsync(context.RequireString("seat"), context.RequireString("member"), context.RequireString("note"), cancellationToken).ConfigureAwait(false)), 201);

    private ValueTask<EmulatorResponse> EditNoteAsync(ControlContext context, CancellationToken cancellationToken) => Script(async () =>
        NoteJson(await context.Emulator.EditProspectNoteAsync(NoteId(context), context.RequireString("note"), cancellationToken).ConfigureAwait(false)));

    private ValueTask<EmulatorResponse> DeleteNoteAsync(ControlContext context, CancellationToken cancellationToken) => Script(async () =>
        NoteJson(await context.Emulator.DeleteProspectNoteAsync(NoteId(context), cancellationToken).ConfigureAwait(false)));

    private ValueTask<EmulatorResponse> SetProcessingTime(ControlContext context, CancellationToken cancellationToken) => Script(() =>
    {
        var ms = context.GetInt64("milliseconds") ?? throw LinkedInError.BadRequest("Property 'milliseconds' is required.").AsException();
        context.Emulator.SetJobPostingProcessingTime(TimeSpan.FromMilliseconds(ms));
        return Task.FromResult(new JsonObject { ["milliseconds"] = ms });
    });
}
