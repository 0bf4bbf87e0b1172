using Microsoft.Playwright;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Journeys;

/// <summary>A visitor reads the dashboard, follows a pairing on the map and switches the interface to Chinese.</summary>
[Collection(nameof(AppCollection))]
public sealed class ReportsJourneyTests(Apps apps)
{
    [Fact]
    public async Task Dashboard_then_an_arc_on_the_map_to_its_partnership_then_the_home_page_in_Chinese()
    {
        var app = apps[Db.Sqlite];
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString(), Locale = "en-GB" });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        await page.GotoAsync("/dashboard");
        Assert.True(await page.Locator("svg.bars").CountAsync() >= 6);
        await page.Locator("#chart-country ~ svg a").First.ClickAsync();
        await page.WaitForURLAsync("**/activities?**country=**");

        await page.GotoAsync("/map");
        // A point on the middle of the last arc drawn, and the partnership whose arc is on top there: a real click on a line.
        var target = await page.EvaluateAsync<double[]>("""
            () => {
              const path = [...document.querySelectorAll('a.arc-link path')].at(-1);
              const p = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM());
              const link = document.elementFromPoint(p.x, p.y).closest('a.arc-link');
              return [p.x, p.y, Number(link.dataset.partnership)];
            }
            """);
        await page.Mouse.ClickAsync((float)target[0], (float)target[1]);
        await page.WaitForURLAsync($"**/partnerships/{(int)target[2]}");
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("h1").InnerTextAsync()));

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        await page.WaitForURLAsync(app.BaseAddress.ToString());
        Assert.Equal("项目概览 · UrbanCoop", await page.TitleAsync());
        Assert.Contains("柳州", await page.Locator("main").InnerTextAsync());
        Assert.Contains("伙伴关系", await page.Locator("nav").First.InnerTextAsync());
        Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy"));
    }
}
