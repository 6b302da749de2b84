using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources;

/// <summary>URNs read from a <c>/_emulator/</c> body, parsed by the SDK's URN types; a malformed one is a 400 naming the property.</summary>
internal static class ControlUrns
{
    public static ContractUrn Contract(ControlContext context, string name) => Required<ContractUrn>(context, name, "urn:li:contract:{id}");

    public static PersonUrn Person(ControlContext context, string name) => Required<PersonUrn>(context, name, "urn:li:person:{id}");

    public static SeatUrn Seat(ControlContext context, string name) => Required<SeatUrn>(context, name, "urn:li:seat:{id}");

    public static SeatUrn? OptionalSeat(ControlContext context, string name) =>
        context.GetString(name) is null ? null : Seat(context, name);

    /// <summary>A URN built from an id property (<c>personId</c>, <c>seatId</c>); 400 when the id is not a valid one.</summary>
    public static T FromId<T, TId>(TId id, Func<TId, T> create, string name)
    {
        try
        {
            return create(id);
        }
        catch (FormatException ex)
        {
            throw LinkedInError.BadRequest($"Property '{name}': {ex.Message}").AsException();
        }
    }

    private static T Required<T>(ControlContext context, string name, string shape)
        where T : IParsable<T>
    {
        string text = context.RequireString(name);
        return T.TryParse(text, null, out T? urn)
            ? urn
            : throw LinkedInError.BadRequest($"Property '{name}' must be a URN of the form {shape}, was '{text}'.").AsException();
    }
}
