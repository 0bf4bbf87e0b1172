using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace UrbanCoop.Features.Accounts;

/// <summary>Sets a new password from a one-time link an administrator handed over (`urbancoop users reset-link`).</summary>
public sealed class ResetPasswordModel(UserManager<AppUser> users) : PageModel
{
    public sealed class Form
    {
        [Required] public string Email { get; set; } = "";
        [Required] public string Token { get; set; } = "";
        [Required, MinLength(10)] public string Password { get; set; } = "";
        [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")] public string Repeat { get; set; } = "";
    }

    [BindProperty] public Form Input { get; set; } = new();
    public bool Done { get; private set; }

    public void OnGet(string? email, string? token)
    {
        Input.Email = email ?? "";
        Input.Token = token ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email);
        var result = user is null ? IdentityResult.Failed() : await users.ResetPasswordAsync(user, Input.Token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors.Where(e => e.Code.StartsWith("Password")))
                ModelState.AddModelError("Input.Password", error.Description);
            if (ModelState.ErrorCount == 0) ModelState.AddModelError(string.Empty, "This reset link is not valid or was already used; ask an administrator for a new one.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await users.ResetAccessFailedCountAsync(user!);
        Done = true;
        return Page();
    }
}
