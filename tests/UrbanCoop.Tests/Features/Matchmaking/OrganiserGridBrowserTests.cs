using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Matchmaking;

/// <summary>The organiser runs the scheduler on the demo event in a real browser; a participant online from Europe reads its agenda.</summary>
[Collection(nameof(AppCollection))]
public sealed partial class OrganiserGridBrowserTests(Apps apps)
{
    [Fact]
    public async Task The_organiser_reruns_the_demo_schedule_from_the_grid_and_a_European_participant_sees_local_times()
    {
        var app = apps[Db.Sqlite];
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Chromium.SignedInPageAsync(browser, app, UserRole.Admin);

        await page.GotoAsync("/brokerage-events");
        await page.GetByRole(AriaRole.Link, new() { Name = "Liuzhou-EU business matchmaking" }).ClickAsync();
        await page.WaitForURLAsync("**/brokerage-events/*");
        var meetings = page.Locator("#schedule-grid td.meeting");
        var before = await meetings.CountAsync();
        Assert.True(before >= 8, $"the demo schedule shows {before} meetings");
        Assert.Equal(9, await page.Locator("#schedule-grid tbody tr").CountAsync());
        Assert.StartsWith("Fri 14 Jun 14:00", await page.Locator("#schedule-grid tbody th").First.InnerTextAsync());

        await SubmitAsync(page, "Confirm the schedule");
        Assert.Equal(before, await page.Locator("#schedule-grid td.meeting.confirmed").CountAsync());
        await SubmitAsync(page, "Run the scheduler");
        Assert.Equal(before, await page.Locator("#schedule-grid td.meeting.confirmed").CountAsync());

        await page.Locator("a[href*='/agenda/']", new() { HasTextString = "Region of Stuttgart" }).ClickAsync();
        await page.WaitForURLAsync("**/agenda/*");
        Assert.Contains("Europe/Berlin", await page.Locator("main").InnerTextAsync());
        var times = await page.Locator("#agenda time").AllInnerTextsAsync();
        Assert.NotEmpty(times);
        // Stuttgart joins online between 08:00 and 10:00 Berlin time, which is 14:00–16:00 in Liuzhou
        Assert.All(times, t => Assert.Matches(MorningSlot(), t));
    }

    // The form posts, then the redirect loads the grid again: wait for that page, not just the click.
    private static async Task SubmitAsync(IPage page, string button)
    {
        await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync(),
            r => r.Request.Method == "GET" && r.Request.IsNavigationRequest);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [GeneratedRegex(@"(08|09):[0-5]\d–(08|09|10):[0-5]\d$")]
    private static partial Regex MorningSlot();
}
