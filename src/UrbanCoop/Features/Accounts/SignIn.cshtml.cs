using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace UrbanCoop.Features.Accounts;

[EnableRateLimiting(AccountsSetup.SignInRateLimit)]
public sealed class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, ILogger<SignInModel> log) : PageModel
{
    public sealed class Form
    {
        [Required, EmailAddress] public string Email { get; set; } = "";
        [Required] public string Password { get; set; } = "";
    }

    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email);
        // One answer for an unknown account, a wrong password, a locked or a disabled account, so that none can be told apart.
        if (user is { Disabled: false })
        {
            var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            if (result.IsLockedOut) log.LogWarning("Sign-in refused: {Email} is locked out", Input.Email);
        }
        log.LogWarning("Failed sign-in for {Email}", Input.Email);
        ModelState.AddModelError(string.Empty, "The email or password is not right.");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
