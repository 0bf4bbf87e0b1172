using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Places;

public sealed class NewModel(AppDbContext db) : PageModel
{
    [BindProperty] public PlaceInput Input { get; set; } = new();
    [BindProperty] public string? AliasesText { get; set; }

    public void OnGet(int? parent, string? country)
    {
        Input.ParentId = parent;
        Input.CountryCode = country ?? "";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Aliases = FormLists.Lines(AliasesText);
        var outcome = await CreatePlace.HandleAsync(db, Input, ct);
        if (outcome.Succeeded) return Redirect($"/places/{outcome.Value!.Id}");
        outcome.AddTo(ModelState);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
