using System.Diagnostics;
using LinkedInRsc.Samples.AtsWeb.Data;
using LinkedInRsc.Testing;
using Microsoft.Playwright;

namespace LinkedInRsc.Samples.Web.Tests;

/// <summary>
/// The web sample in Debian's chromium, driven by Playwright: an admin onboards a customer in the onboarding widget,
/// then a recruiter unlinks and links the exported candidate in the profile widget. Screenshots of each step go to
/// <c>screenshots/</c> under the test output.
/// </summary>
[TestFixture]
public sealed class AtsWebBrowserTests
{
    /// <summary>Debian's package; CI installs it (.ci/run).</summary>
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [Test]
    public async Task Browser_OnboardingAndProfileWidget_ClickThrough()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Ignore($"{Chromium} is not installed (Debian package 'chromium'; .ci/run installs it), so the browser test cannot run here.");
        }

        string shots = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        var watch = Stopwatch.StartNew();
        await using WebSample sample = await WebSample.StartAsync();
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = sample.Address.AbsoluteUri, ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();   // the widget asks to confirm an unlink

        // The admin adds a customer and connects LinkedIn in the onboarding widget, choosing the second contract.
        await page.GotoAsync("/admin");
        await page.FillAsync("input[name=customerId]", "acme");
        await page.ClickAsync("button[type=submit]");
        ILocator widget = page.Locator("[data-li-widget=onboarding]");
        await Assertions.Expect(widget.Locator("input[name=li-contract]")).ToHaveCountAsync(2);
        string chosen = await widget.Locator("input[name=li-contract]").Nth(1).GetAttributeAsync("value") ?? string.Empty;
        await widget.Locator("input[name=li-contract]").Nth(1).CheckAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "1-onboarding-widget.png"), FullPage = true });
        await widget.Locator("[data-li-action=integrate]").ClickAsync();
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("connected; waiting for LinkedIn to enable");
        await Assertions.Expect(page.Locator("#contracts")).ToContainTextAsync(chosen);

        // LinkedIn's admin enables company level: the status-change push reaches the callback endpoint.
        await page.ClickAsync("#enable-company");
        await Assertions.Expect(page.Locator("#access-level")).ToHaveTextAsync("Company");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "2-customer-enabled.png"), FullPage = true });

        // A job, and a recruiter's 1-click export into it.
        await page.ClickAsync("text=Jobs");
        await page.FillAsync("input[name=id]", "J1");
        await page.FillAsync("input[name=title]", "Compiler Engineer");
        await page.ClickAsync("text=Add and sync to LinkedIn");
        await page.ClickAsync("#export");
        await Assertions.Expect(page.Locator("tr.prospect")).ToContainTextAsync("Alan Turing");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "3-jobs-prospect.png"), FullPage = true });

        // The candidate page: the profile widget shows the linked member; unlink, then link again.
        await page.ClickAsync("tr.prospect a");
        ILocator profile = page.Locator("[data-li-widget=profile]");
        await Assertions.Expect(profile.Locator("[data-li-action=unlink]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "4-candidate-linked.png"), FullPage = true });
        await profile.Locator("[data-li-action=unlink]").ClickAsync();
        await Assertions.Expect(page.Locator("#member")).ToHaveTextAsync("not linked");
        await Assertions.Expect(profile.Locator("[data-li-action=link]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "5-candidate-unlinked.png"), FullPage = true });
        await profile.Locator("[data-li-action=link]").ClickAsync();
        await Assertions.Expect(page.Locator("#member")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^urn:li:person:"));
        await Assertions.Expect(profile.Locator("[data-li-action=unlink]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "6-candidate-relinked.png"), FullPage = true });

        AtsWebCandidate candidate = (await sample.Store.FindCandidateAsync("acme", "C1"))!;
        Assert.That(candidate.Member, Is.Not.Null.And.EqualTo(sample.Emulator.GetSyncedData((await sample.Directory.FindAsync("acme"))!.Organization!.Value).Candidates.Single().ManualMatchedMemberUrn));
        TestContext.Out.WriteLine($"browser click-through took {watch.Elapsed.TotalSeconds:F1} s; screenshots in {shots}");
    }
}
