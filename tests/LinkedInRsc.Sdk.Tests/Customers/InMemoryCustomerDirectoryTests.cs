using LinkedInRsc.Customers;

namespace LinkedInRsc.Sdk.Tests.Customers;

[TestFixture]
public sealed class InMemoryCustomerDirectoryTests
{
    [Test]
    public async Task SaveThenFind_ReturnsTheLatestVersion_AndListsEachCustomerOnce()
    {
        var directory = new InMemoryCustomerDirectory();
        await directory.SaveAsync(new Customer { CustomerId = "a" });
        await directory.SaveAsync(new Customer { CustomerId = "b" });
        await directory.SaveAsync(new Customer { CustomerId = "a", CallbackUrl = new Uri("https://ats.example/cb/a") });

        Customer? a = await directory.FindAsync("a");
        var ids = new List<string>();
        await foreach (Customer customer in directory.ListAsync())
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
