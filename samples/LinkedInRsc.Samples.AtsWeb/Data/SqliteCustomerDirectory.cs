using System.Runtime.CompilerServices;
using LinkedInRsc.Authentication;
using LinkedInRsc.Customers;
using Microsoft.Data.Sqlite;

namespace LinkedInRsc.Samples.AtsWeb.Data;

/// <summary>The SDK's customer directory over the sample's SQLite file: credentials, organization, contracts, callback URL.</summary>
public sealed class SqliteCustomerDirectory(AtsDatabase database) : ICustomerDirectory
{
    private const string Columns = "SELECT id, client_id, client_secret, previous_client_id, previous_client_secret, application_urn, organization, contracts, callback_url FROM customers";

    public async ValueTask<Customer?> FindAsync(string customerId, CancellationToken cancellationToken = default) =>
        (await database.QueryAsync(Columns + " WHERE id = $id", new Dictionary<string, object?> { ["$id"] = customerId }, Read, cancellationToken)).FirstOrDefault();

    public async ValueTask SaveAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        await database.ExecuteAsync(
            """
            INSERT OR REPLACE INTO customers (id, client_id, client_secret, previous_client_id, previous_client_secret, application_urn, organization, contracts, callback_url)
            VALUES ($id, $ci, $cs, $pi, $ps, $app, $org, $contracts, $cb)
            """,
            new Dictionary<string, object?>
            {
                ["$id"] = customer.CustomerId,
                ["$ci"] = customer.Credentials?.ClientId,
                ["$cs"] = customer.Credentials?.ClientSecret,
                ["$pi"] = customer.PreviousCredentials?.ClientId,
                ["$ps"] = customer.PreviousCredentials?.ClientSecret,
                ["$app"] = customer.ApplicationUrn,
                ["$org"] = customer.Organization?.ToString(),
                ["$contracts"] = string.Join(';', customer.Contracts.Select(c => c.Urn + "=" + c.AccessLevel)),
                ["$cb"] = customer.CallbackUrl?.AbsoluteUri,
            },
            cancellationToken);
    }

    public async IAsyncEnumerable<Customer> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (Customer customer in await database.QueryAsync(Columns + " ORDER BY id", new Dictionary<string, object?>(), Read, cancellationToken))
        {
            yield return customer;
        }
    }

    private static Customer Read(SqliteDataReader r) => new()
    {
        CustomerId = r.GetString(0),
        Credentials = Credentials(r, 1),
        PreviousCredentials = Credentials(r, 3),
        ApplicationUrn = r.IsDBNull(5) ? null : r.GetString(5),
        Organization = r.IsDBNull(6) ? null : OrganizationUrn.Parse(r.GetString(6)),
        Contracts = [.. r.GetString(7).Split(';', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split('=')).Select(p => new RecruiterContract(ContractUrn.Parse(p[0]), Enum.Parse<AccessLevel>(p[1])))],
        CallbackUrl = r.IsDBNull(8) ? null : new Uri(r.GetString(8)),
    };

    private static ClientCredentials? Credentials(SqliteDataReader r, int i) =>
        r.IsDBNull(i) || r.IsDBNull(i + 1) ? null : new ClientCredentials(r.GetString(i), r.GetString(i + 1));
}
