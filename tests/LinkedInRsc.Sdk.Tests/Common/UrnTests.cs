using LinkedInRsc.Customers;

namespace LinkedInRsc.Sdk.Tests.Common;

[TestFixture]
public sealed class UrnTests
{
    [Test]
    public void Parse_ValidUrns_RoundTripThroughToString()
    {
        Assert.Multiple(() =>
        {
            Assert.That(OrganizationUrn.Parse("urn:li:organization:123").Id, Is.EqualTo("123"));
            Assert.That(ContractUrn.Parse("urn:li:contract:987").ToString(), Is.EqualTo("urn:li:contract:987"));
            Assert.That(SeatUrn.FromId(55).ToString(), Is.EqualTo("urn:li:seat:55"));
            Assert.That(PersonUrn.Parse("urn:li:person:aBc-1_2").Id, Is.EqualTo("aBc-1_2"));
            Assert.That(OrganizationUrn.FromId(7), Is.EqualTo(OrganizationUrn.Parse("urn:li:organization:7")));
        });
    }

    [TestCase("urn:li:contract:1", "expected 'urn:li:organization:{id}'")]
    [TestCase("urn:li:organization:", "not a valid OrganizationUrn id")]
    [TestCase("urn:li:organization:12a", "positive decimal number")]
    [TestCase("urn:li:organization:000", "positive decimal number")]
    [TestCase("URN:LI:ORGANIZATION:1", "expected 'urn:li:organization:{id}'")]
    public void Parse_MalformedOrganization_ThrowsFormatExceptionSayingWhatWasExpected(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => OrganizationUrn.Parse(text));

        Assert.That(ex!.Message, Does.Contain(expected));
    }

    [TestCase("urn:li:person:has space")]
    [TestCase("urn:li:person:semi;colon")]
    [TestCase("urn:li:seat:1")]
    public void TryParse_MalformedPerson_ReturnsFalse(string text)
    {
        Assert.That(PersonUrn.TryParse(text, out _), Is.False);
    }

    [Test]
    public void Default_Id_ThrowsWithHowToCreate()
    {
        ContractUrn urn = default;

        var ex = Assert.Throws<InvalidOperationException>(() => _ = urn.Id);
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.Contain("ContractUrn.Parse"));
            Assert.That(urn.ToString(), Is.Empty);
            Assert.That(urn, Is.Not.EqualTo(ContractUrn.FromId(1)));
        });
    }

    [Test]
    public void AccessLevels_MapToFeaturesAndBack()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AccessLevels.FeaturesOf(AccessLevel.Company).HasFlag(Features.InMailHistory), Is.False);
            Assert.That(AccessLevels.FeaturesOf(AccessLevel.Company).HasFlag(Features.OneClickExport), Is.True);
            Assert.That(AccessLevels.FeaturesOf(AccessLevel.Contract).HasFlag(Features.InMailStubProfiles), Is.True);
            Assert.That(AccessLevels.FeaturesOf(AccessLevel.None), Is.EqualTo(Features.None));
            Assert.That(AccessLevels.RequiredFor(Features.NotesHistory), Is.EqualTo(AccessLevel.Contract));
            Assert.That(AccessLevels.RequiredFor(Features.ProfileWidget), Is.EqualTo(AccessLevel.Company));
        });
    }

    [Test]
    public void Customer_AccessLevel_IsTheHighestGrantedOnAnyContract()
    {
        var customer = new Customer
        {
            CustomerId = "acme",
            Contracts = [new RecruiterContract(ContractUrn.FromId(1), AccessLevel.Company), new RecruiterContract(ContractUrn.FromId(2), AccessLevel.Contract)],
        };

        Assert.That(customer.AccessLevel, Is.EqualTo(AccessLevel.Contract));
        Assert.That(new Customer { CustomerId = "new" }.Features, Is.EqualTo(Features.None));
    }

    [Test]
    public void Customer_ToString_HidesTheSecret()
    {
        var customer = new Customer { CustomerId = "acme", Credentials = new("child-id", "child-secret-value") };

        Assert.That(customer.ToString(), Does.Not.Contain("child-secret-value").And.Contain("acme"));
    }

    [Test]
    public void FeatureNotEnabled_Message_NamesFeatureLevelsAndFix()
    {
        var ex = new FeatureNotEnabledException("acme", Features.InMailHistory, AccessLevel.Company);

        Assert.That(ex.Message, Does.Contain("InMailHistory").And.Contain("Contract-level").And.Contain("has Company").And.Contain("CSA_API"));
        Assert.That(ex.RequiredLevel, Is.EqualTo(AccessLevel.Contract));
    }
}
