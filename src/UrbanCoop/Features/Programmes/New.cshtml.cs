using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Programmes;

public sealed class NewModel(AppDbContext db) : PageModel
{
    [BindProperty] public ProgrammeInput Input { get; set; } = new();
    [BindProperty] public string? WorldRegionsText { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.WorldRegions = FormLists.Lines(WorldRegionsText);
        var outcome = await CreateProgramme.HandleAsync(db, Input, ct);
        if (outcome.Succeeded) return Redirect($"/programmes/{outcome.Value!.Id}");
        outcome.AddTo(ModelState);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
