using LinkedInRsc.Testing.Resources.Seats;

namespace LinkedInRsc.Testing;

/// <content>Seats: the Recruiter seats of customers' contracts.</content>
public static partial class EmulatorRecruiterActions
{
    /// <summary>Adds a Recruiter seat to a contract connected to a customer.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="contractUrn">A contract URN of a customer (see <see cref="EmulatedCustomer.ContractUrns"/>).</param>
    /// <param name="memberUrn">The seat holder's person URN (<c>urn:li:person:{id}</c>).</param>
    /// <param name="firstName">The seat holder's first name.</param>
    /// <param name="lastName">The seat holder's last name.</param>
    /// <param name="state">ACTIVE (default), INACTIVE, INVITED or PARKED.</param>
    /// <param name="seatRoles">Seat roles, e.g. <c>ADMIN_SEAT</c>; defaults to <c>SOURCER_ADD_PROSPECT</c>.</param>
    /// <param name="seatId">The id part of the seat URN (<c>urn:li:seat:{id}</c>), for seeds that refer to it; generated when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The seat.</returns>
    /// <exception cref="ArgumentException">A URN, the state or the seat id is malformed.</exception>
    /// <exception cref="InvalidOperationException">No customer is connected to the contract, or the seat id is taken.</exception>
    public static Task<EmulatedSeat> AddSeatAsync(this LinkedInRscEmulator emulator, string contractUrn, string memberUrn, string firstName, string lastName, string state = "ACTIVE", IReadOnlyList<string>? seatRoles = null, long? seatId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync(() =>
        {
            lock (emulator.Services.State.Sync)
            {
                if (emulator.Services.State.FindOwnerOfContext(contractUrn) is null)
                {
                    throw new InvalidOperationException($"No customer is connected to {contractUrn}; add a customer whose admin connected that contract first.");
                }
            }

            return emulator.Services.Stores.Get<SeatStore>().AddSeat(contractUrn, memberUrn, firstName, lastName, state, seatRoles, seatId).ToPublic();
        });
    }
}
