using Microsoft.Playwright;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Knowledge.Search;

/// <summary>The search box and page in headless Chromium: suggestions while typing, results with highlights, a facet click.</summary>
[Collection(nameof(AppCollection))]
public sealed class SearchPageBrowserTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Typing_shows_suggestions_and_a_facet_narrows_the_results(Db db)
    {
        var app = apps[db];
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);

        await page.GotoAsync("/");
        var box = page.Locator("#header-q");
        await box.PressSequentiallyAsync("Liuzho", new() { Delay = 30 });
        var suggestion = page.Locator(".suggestions a", new() { HasTextString = "Liuzhou" }).First;
        try { await suggestion.WaitForAsync(new() { Timeout = 5000 }); }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException("No suggestions; script errors: " + string.Join(" | ", scriptErrors));
        }
        Assert.Equal("Liuzhou", await page.Locator(".suggestions a mark").First.InnerTextAsync());

        await box.FillAsync("Liuzhou");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=Liuzhou");
        Assert.Equal("Liuzhou", await page.Locator(".hit > a").First.InnerTextAsync());
        var total = await page.Locator(".hit").CountAsync();
        Assert.True(total > 1);

        var placeFacet = page.Locator("[data-facet=kind] a", new() { HasTextString = "Place" });
        var count = int.Parse(await placeFacet.Locator(".count").InnerTextAsync());
        await placeFacet.ClickAsync();
        await page.WaitForURLAsync("**/search?q=Liuzhou&kind=place");
        Assert.Equal(Math.Min(count, 20), await page.Locator(".hit").CountAsync());
        Assert.All(await page.Locator(".hit .kind").AllInnerTextsAsync(), kind => Assert.Equal("Place", kind));
        Assert.Equal("true", await page.Locator("[data-facet=kind] a.selected").GetAttributeAsync("aria-current"));
        Assert.True(await page.Locator(".hit mark").CountAsync() > 0);

        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("zzqxwv nothing"));
        Assert.Contains("Nothing matches", await page.Locator(".results .empty").InnerTextAsync());
        Assert.Empty(scriptErrors);
    }
}
