using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Journeys;

/// <summary>A city coordinator in a real headless Chromium: their own city's action plan is theirs to edit, another city's is not.</summary>
[Collection(nameof(AppCollection))]
public sealed class CoordinatorJourneyTests
{
    [Fact]
    public async Task A_coordinator_edits_their_action_plan_and_cannot_open_another_citys()
    {
        await using var app = TestApp.Start(Db.Sqlite);
        int liuzhou, own, other;
        await using (var scope = app.OpenDb())
        {
            var db = scope.Db;
            liuzhou = await db.Places.Where(p => p.Name == "Liuzhou").Select(p => p.Id).SingleAsync();
            own = await db.ActionPlans.Where(a => db.PartnershipMembers.Any(m => m.PartnershipId == a.PartnershipId && m.PlaceId == liuzhou)).Select(a => a.Id).FirstAsync();
            other = await db.ActionPlans.Where(a => !db.PartnershipMembers.Any(m => m.PartnershipId == a.PartnershipId && m.PlaceId == liuzhou)).Select(a => a.Id).FirstAsync();
        }
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString() });

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email").FillAsync(await app.CreateUserAsync(UserRole.Coordinator, [liuzhou]));
        await page.GetByLabel("Password").FillAsync(TestApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(app.BaseAddress.ToString());

        await page.GotoAsync($"/action-plans/{own}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        var objective = Json.Unique("Cut bus emissions by half");
        await page.GetByLabel("Main objective").FillAsync(objective);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync($"**/action-plans/{own}");
        Assert.Contains(objective, await page.Locator("main").InnerTextAsync());

        await page.GotoAsync($"/action-plans/{other}");
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).CountAsync());
        var refused = await page.GotoAsync($"/action-plans/{other}/edit");
        Assert.Equal(403, refused!.Status);
        Assert.Contains("Your account may not do this", await page.Locator("main").InnerTextAsync());
    }
}
