namespace LinkedInRsc.Testing.Resources.Seats;

/// <summary>The wire values of <see cref="EmulatedSeatState"/>.</summary>
internal static class SeatStates
{
    public const string Active = "ACTIVE";

    /// <summary>Every state LinkedIn reports, in declaration order.</summary>
    public static readonly string[] All = [Active, "INACTIVE", "INVITED", "PARKED"];

    public static string WireValue(EmulatedSeatState state) => state switch
    {
        EmulatedSeatState.Active => Active,
        EmulatedSeatState.Inactive => "INACTIVE",
        EmulatedSeatState.Invited => "INVITED",
        EmulatedSeatState.Parked => "PARKED",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, $"A seat state must be one of {string.Join(", ", Enum.GetNames<EmulatedSeatState>())}."),
    };

    public static bool TryParse(string? value, out EmulatedSeatState state)
    {
        for (var i = 0; i < All.Length; i++)
        {
            if (string.Equals(All[i], value, StringComparison.Ordinal))
            {
                state = (EmulatedSeatState)i;
                return true;
            }
        }

        state = default;
        return false;
    }

    public static EmulatedSeatState Parse(string value) =>
        TryParse(value, out var state) ? state : throw new ArgumentException($"A seat state must be one of {string.Join(", ", All)}.", nameof(value));
}
