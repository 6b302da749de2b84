using LinkedInRsc.Customers;

namespace LinkedInRsc.Sdk.Tests.Customers;

[TestFixture]
public sealed class InMemoryRscCustomerDirectoryTests
{
    [Test]
    public async Task SaveThenFind_ReturnsTheLatestVersion_AndListsEachCustomerOnce()
    {
        var directory = new InMemoryRscCustomerDirectory();
        await directory.SaveAsync(new RscCustomer { CustomerId = "a" });
        await directory.SaveAsync(new RscCustomer { CustomerId = "b" });
        await directory.SaveAsync(new RscCustomer { CustomerId = "a", CallbackUrl = new Uri("https://ats.example/cb/a") });

        RscCustomer? a = await directory.FindAsync("a");
        var ids = new List<string>();
        await foreach (RscCustomer customer in directory.ListAsync())
        {
            ids.Add(customer.CustomerId);
        }

        Assert.Multiple(async () =>
        {
            Assert.That(a?.CallbackUrl, Is.EqualTo(new Uri("https://ats.example/cb/a")));
            Assert.That(await directory.FindAsync("missing"), Is.Null);
            Assert.That(ids, Is.EquivalentTo(new[] { "a", "b" }));
        });
    }
}
