using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Activities;

public sealed class EditModel(AppDbContext db) : PageModel, IActivityForm
{
    [BindProperty] public ActivityInput Input { get; set; } = new();
    [BindProperty] public ActivityLines Lines { get; set; } = new();
    public ActivityChoices Choices { get; private set; } = ActivityChoices.None;
    public string Title { get; private set; } = "";
    public IReadOnlyList<EditConflict.Difference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var activity = await UpdateActivity.WithLinks(db.Activities.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null) return NotFound();
        Input = ActivityInput.From(activity);
        Lines = await ActivityLines.FromAsync(db, Input, ct);
        Choices = await ActivityChoices.LoadAsync(db, ct);
        Title = activity.Title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var lineErrors = Lines.ApplyTo(Input);
        var outcome = lineErrors.Any
            ? Outcome<ActivityInput>.Invalid(lineErrors.ToDictionary())
            : await UpdateActivity.HandleAsync(db, id, Input, ct);
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                return Redirect($"/activities/{id}");
            case OutcomeStatus.NotFound:
                return NotFound();
            case OutcomeStatus.Conflict:
                // Keep the editor's values on screen, but arm the form with the stored version so a second save overwrites knowingly.
                Conflict = EditConflict.Compare(Input, outcome.Value!);
                ModelState.Remove("Input.Version");
                Input.Version = outcome.Value!.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            default:
                outcome.AddTo(ModelState);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
        }
        Choices = await ActivityChoices.LoadAsync(db, ct);
        Title = Input.Title;
        return Page();
    }
}
