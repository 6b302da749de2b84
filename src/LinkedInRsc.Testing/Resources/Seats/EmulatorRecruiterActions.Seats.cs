using LinkedInRsc.Testing.Resources.Seats;

namespace LinkedInRsc.Testing;

/// <content>Seats: the Recruiter seats of customers' contracts.</content>
public static partial class EmulatorRecruiterActions
{
    /// <summary>Adds a Recruiter seat to a contract connected to a customer.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="contractUrn">A contract of a customer (see <see cref="EmulatedCustomer.ContractUrns"/>).</param>
    /// <param name="memberUrn">The seat holder.</param>
    /// <param name="firstName">The seat holder's first name.</param>
    /// <param name="lastName">The seat holder's last name.</param>
    /// <param name="state">The seat's state; <see cref="EmulatedSeatState.Active"/> by default.</param>
    /// <param name="seatRoles">Seat roles, e.g. <c>ADMIN_SEAT</c>; defaults to <c>SOURCER_ADD_PROSPECT</c>.</param>
    /// <param name="seatUrn">The seat's URN, for seeds that refer to it; generated (from <c>urn:li:seat:100001</c>) when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The seat.</returns>
    /// <exception cref="ArgumentException">The state is not one of <see cref="EmulatedSeatState"/>'s values.</exception>
    /// <exception cref="InvalidOperationException">No customer is connected to the contract, or the seat URN is taken.</exception>
    public static Task<EmulatedSeat> AddSeatAsync(this LinkedInRscEmulator emulator, ContractUrn contractUrn, PersonUrn memberUrn, string firstName, string lastName, EmulatedSeatState state = EmulatedSeatState.Active, IReadOnlyList<string>? seatRoles = null, SeatUrn? seatUrn = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        string wireState = SeatStates.WireValue(state);
        long? seatId = seatUrn is { } wanted ? long.Parse(wanted.Id, System.Globalization.CultureInfo.InvariantCulture) : null;
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync(() =>
        {
            lock (emulator.Services.State.Sync)
            {
                if (emulator.Services.State.FindOwnerOfContext(contractUrn.ToString()) is null)
                {
                    throw new InvalidOperationException($"No customer is connected to {contractUrn}; add a customer whose admin connected that contract first.");
                }
            }

            return emulator.Services.Stores.Get<SeatStore>().AddSeat(contractUrn.ToString(), memberUrn.ToString(), firstName, lastName, wireState, seatRoles, seatId).ToPublic();
        });
    }
}
