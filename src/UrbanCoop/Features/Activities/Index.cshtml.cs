using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Activities;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true), FromQuery] public ListActivities.Query Filter { get; set; } = new();
    public Paged<ListActivities.Item> Result { get; private set; } = new([], 1, 20, 0);
    public ActivityChoices Choices { get; private set; } = ActivityChoices.None;
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Choices = await ActivityChoices.LoadAsync(db, ct);
        var outcome = await ListActivities.HandleAsync(db, Filter, ct);
        if (outcome.Succeeded) Result = outcome.Value!;
        else
        {
            Problem = string.Join(" ", outcome.Errors.Values.SelectMany(m => m));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
