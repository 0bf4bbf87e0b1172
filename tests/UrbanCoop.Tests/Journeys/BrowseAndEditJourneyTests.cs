using Microsoft.Playwright;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Journeys;

/// <summary>A programme officer's first minutes, in a real headless Chromium against the real app.</summary>
[Collection(nameof(AppCollection))]
public sealed class BrowseAndEditJourneyTests
{
    [Fact]
    public async Task From_the_home_page_to_the_Liuzhou_partnership_then_an_activity_edit_shows_the_change()
    {
        await using var app = TestApp.Start(Db.Sqlite);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Chromium.SignedInPageAsync(browser, app, UserRole.Admin);

        await page.GotoAsync("/");
        await page.Locator("a[href^='/partnerships/']", new() { HasTextString = "Liuzhou" }).First.ClickAsync();
        await page.WaitForURLAsync("**/partnerships/*");
        Assert.Contains("Liuzhou", await page.Locator("h1").InnerTextAsync());

        await page.Locator("main a[href^='/activities/']").First.ClickAsync();
        await page.WaitForURLAsync("**/activities/*");
        var activityUrl = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/edit");

        var title = Json.Unique("Renamed in the browser");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(activityUrl);
        Assert.Equal(title, (await page.Locator("h1").InnerTextAsync()).Trim());

        await page.GotoAsync("/activities?q=" + Uri.EscapeDataString(title));
        Assert.Equal(1, await page.Locator("main a", new() { HasTextString = title }).CountAsync());
    }
}
