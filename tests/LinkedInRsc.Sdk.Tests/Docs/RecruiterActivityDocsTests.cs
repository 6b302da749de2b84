using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Sdk.Tests.RecruiterActivity;
using LinkedInRsc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LinkedInRsc.Sdk.Tests.Docs;

/// <summary>
/// docs/recruiter-activity.md's code, run: each block is a <c>// snippet:</c> region here, shown word for word on the
/// page, against the emulator with two contract-level customers and their seats.
/// </summary>
[TestFixture]
public sealed class RecruiterActivityDocsTests
{
    [Test]
    public async Task ActivityDocs_ReadAndPoll_DeliverTheInMailOfTheSeat()
    {
        await using ActivityScenario s = await ActivityScenario.StartAsync();
        DateTimeOffset since = s.Time.GetUtcNow();
        await s.Emulator.SendInMailAsync(s.Ada.SeatUrn, s.Grace.PersonUrn, "Hello", "A role for you");
        s.Advance(TimeSpan.FromHours(1));
        DateTimeOffset until = s.Time.GetUtcNow();
        ICustomerClientFactory clients = s.H.Services.GetRequiredService<ICustomerClientFactory>();
        SeatUrn seat = s.Ada.SeatUrn;
        RecruiterActivityPoller poller = s.Poller;
        var read = new List<ConversationEvent>();

        // snippet: activity-read
        ICustomerClient acme = await clients.ForCustomerAsync("acme");
        await foreach (ConversationEvent message in acme.RecruiterActivity.ListConversationEventsAsync(seat, since, until))
        {
            // message.Viewer, ThreadUrn, Id, CreatedAt, Direction (FromRecruiter / FromMember), Member, Content?.Subject / Body
            read.Add(message);
        }
        // end snippet

        // snippet: activity-poll
        RecruiterActivityReport report = await poller.PollAsync("acme");      // one customer
        IReadOnlyList<RecruiterActivityReport> all = await poller.PollAllAsync(); // every contract-level customer of the directory
        // end snippet

        Assert.Multiple(() =>
        {
            Assert.That(read.Select(m => (m.Viewer, m.Member)), Is.EqualTo(new[] { (seat, s.Grace.PersonUrn) }));
            Assert.That(report.Totals.Delivered, Is.GreaterThanOrEqualTo(1), "the InMail reached the sink");
            Assert.That(all.Select(r => r.CustomerId), Is.EquivalentTo(new[] { "acme", "globex" }));
        });
    }

    [Test]
    public void ActivityDocs_HostedRegistration_UsesTheHostsSinksAndAddsTheService()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LinkedInRsc:ClientId"] = "partner-id",
            ["LinkedInRsc:ClientSecret"] = "partner-secret",
            ["LinkedInRsc:RecruiterActivity:Interval"] = "01:00:00",
        }).Build();

        // snippet: activity-hosted
        services.AddLinkedInRsc(configuration.GetSection("LinkedInRsc"))
                .AddRecruiterActivity(configuration.GetSection("LinkedInRsc:RecruiterActivity"));
        services.AddSingleton<IConversationEventSink, MyInMailStore>();
        services.AddSingleton<IProspectNoteSink, MyNoteStore>();
        services.AddSingleton<ITalentPoolHandler, MyTalentPool>();
        // end snippet

        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Multiple(() =>
        {
            Assert.That(provider.GetServices<IHostedService>().OfType<RecruiterActivityService>().Count(), Is.EqualTo(1));
            Assert.That(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<RecruiterActivityOptions>>().Value.Interval, Is.EqualTo(TimeSpan.FromHours(1)));
        });
    }

    private sealed class MyInMailStore : IConversationEventSink
    {
        public ValueTask StoreAsync(string customerId, Seat viewer, IReadOnlyList<ConversationEvent> events, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }

    private sealed class MyNoteStore : IProspectNoteSink
    {
        public ValueTask StoreAsync(string customerId, Seat owner, IReadOnlyList<ProspectNote> notes, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask DeleteAsync(string customerId, Seat owner, IReadOnlyList<ProspectNote> notes, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }

    private sealed class MyTalentPool : ITalentPoolHandler
    {
        public ValueTask<AtsCandidate?> PlaceAsync(string customerId, MailStub stub, CancellationToken cancellationToken = default) => ValueTask.FromResult<AtsCandidate?>(null);
    }
}
