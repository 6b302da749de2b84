using System.Net;
using LinkedInRsc.Authentication;
using LinkedInRsc.Customers;
using LinkedInRsc.RestLi;
using Microsoft.Extensions.DependencyInjection;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Sdk.Tests.Customers;

/// <summary>The customer-bound Rest.li client: the escape hatch for endpoints the SDK does not model, as the customer.</summary>
[TestFixture]
public sealed class CustomerRestLiClientTests
{
    private EmulatorHarness _h = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartWithSdkAsync();
        await _h.AddSdkCustomerAsync();
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    private RestLiValue CandidateKey(string id) =>
        RestLiValue.RecordOf(("atsCandidateId", id), ("dataProvider", "ATS"), ("integrationContext", _h.Client.Customer.Organization!.Value.ToString()));

    [Test]
    public async Task SendAsync_HandMadeBatchGetWithACompoundKey_AuthenticatesAsTheCustomer()
    {
        await _h.Client.Candidates.UpsertAsync([Candidate("C1")]);
        _h.Emulator.Journal.Clear();

        RestLiResponse response = await _h.Client.GetRestLiClient().SendAsync(RestLiRequest.BatchGet("atsCandidates", [CandidateKey("C1")]));
        RestLiKeyResult result = response.ReadBatchResult().Results.Single();

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(RestLiOutcome.Succeeded));
            Assert.That(result.Entity!.Value.GetProperty("firstName").GetString(), Is.EqualTo(Candidate("C1").FirstName));
            Assert.That(_h.Emulator.Journal.For("/v2/atsCandidates").Single().ClientId, Is.EqualTo(_h.Client.Customer.Credentials!.ClientId));
        });
    }

    [Test]
    public void SendAsync_UnboundClientWithoutCredentials_IsRefusedByLinkedIn()
    {
        RestLiClient unbound = _h.Services.GetRequiredService<RestLiClient>();

        Assert.That(async () => await unbound.SendAsync(RestLiRequest.BatchGet("atsCandidates", [CandidateKey("C1")])),
            Throws.TypeOf<LinkedInRscException>().With.Property(nameof(LinkedInRscException.StatusCode)).EqualTo(HttpStatusCode.Forbidden),
            "the partner's token may only provision: this is why the customer-bound client exists");
    }

    [Test]
    public void SendAsync_RequestWithAnotherApplicationsCredentials_IsRefusedBeforeSending()
    {
        _h.Emulator.Journal.Clear();
        RestLiRequest foreign = RestLiRequest.BatchGet("atsCandidates", [CandidateKey("C1")]) with { Credentials = new ClientCredentials("other-app", "other-secret") };

        ArgumentException? ex = Assert.ThrowsAsync<ArgumentException>(() => _h.Client.GetRestLiClient().SendAsync(foreign));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.Contain("acme").And.Contain("other-app").And.Not.Contain("other-secret"));
            Assert.That(_h.Emulator.Journal.Entries, Is.Empty);
        });
    }

    [Test]
    public void GetRestLiClient_ClientNotMadeByTheSdk_ThrowsNotSupported()
    {
        ICustomerClient hostDouble = System.Reflection.DispatchProxy.Create<ICustomerClient, UnusedProxy>();

        Assert.That(() => hostDouble.GetRestLiClient(), Throws.TypeOf<NotSupportedException>().With.Message.Contains("ICustomerClientFactory"));
    }

    /// <summary>A host's own <see cref="ICustomerClient"/> (a test double); none of its members is called.</summary>
    public class UnusedProxy : System.Reflection.DispatchProxy
    {
        /// <inheritdoc />
        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args) => throw new NotSupportedException();
    }
}
