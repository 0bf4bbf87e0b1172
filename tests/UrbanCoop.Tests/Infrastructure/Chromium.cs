using Microsoft.Playwright;
using UrbanCoop.Features.Accounts;

namespace UrbanCoop.Tests.Infrastructure;

/// <summary>Debian's headless Chromium driven by Playwright (no browser download).</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: run scripts/install-deps (Debian package chromium).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }

    /// <summary>A new page of <paramref name="app"/>, signed in through the sign-in form as a new account of <paramref name="role"/>.</summary>
    public static async Task<IPage> SignedInPageAsync(IBrowser browser, TestApp app, UserRole role)
    {
        var page = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var email = await app.CreateUserAsync(role);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(app.BaseAddress.ToString());
        return page;
    }
}
