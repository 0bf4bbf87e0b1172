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
        if (EditConflict.AfterSave(this, outcome, Input, $"/activities/{id}", out var conflict) is { } done) return done;
        Conflict = conflict;
        Choices = await ActivityChoices.LoadAsync(db, ct);
        Title = Input.Title;
        return Page();
    }
}
