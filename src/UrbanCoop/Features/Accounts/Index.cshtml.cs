using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Accounts;

[Authorize]
public sealed class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, TimeProvider clock) : PageModel
{
    public AppUser Account { get; private set; } = null!;
    public IReadOnlyList<string> Places { get; private set; } = [];
    public string? Organisation { get; private set; }
    public IReadOnlyList<ApiTokens.Line> Tokens { get; private set; } = [];
    /// <summary>A token just created: its secret is shown on this one response only.</summary>
    public ApiTokens.Issued? Issued { get; private set; }

    [BindProperty] public string? TokenName { get; set; }
    [BindProperty] public TokenScope TokenScope { get; set; }
    [BindProperty] public int TokenDays { get; set; } = 90;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostCreateTokenAsync(CancellationToken ct)
    {
        var outcome = await ApiTokens.CreateAsync(db, users.GetUserId(User)!, TokenName, TokenScope, TokenDays, clock, ct);
        if (outcome.Succeeded) Issued = outcome.Value;
        else
        {
            outcome.AddTo(ModelState, prefix: "Token");
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(int id, CancellationToken ct)
    {
        await ApiTokens.RevokeAsync(db, users.GetUserId(User)!, id, clock, ct);
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Account = user;
        Tokens = await ApiTokens.ListAsync(db, user.Id, ct);
        Places = await db.Places.Where(p => user.PlaceIds.Contains(p.Id)).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(ct);
        Organisation = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    /// <summary>Ends every session of the account, on every device, by changing its security stamp.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        if (await users.GetUserAsync(User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
