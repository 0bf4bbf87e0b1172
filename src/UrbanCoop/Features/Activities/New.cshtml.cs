using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Activities;

public sealed class NewModel(AppDbContext db) : PageModel, IActivityForm
{
    [BindProperty] public ActivityInput Input { get; set; } = new();
    [BindProperty] public ActivityLines Lines { get; set; } = new();
    public ActivityChoices Choices { get; private set; } = ActivityChoices.None;

    /// <summary>With <paramref name="parent"/>, starts a site visit or forum inside that mission, in its programme, zone and dates.</summary>
    public async Task OnGetAsync(int? parent, int? partnership, CancellationToken ct)
    {
        Choices = await ActivityChoices.LoadAsync(db, ct);
        Input.ProgrammeId = Choices.Programmes.Count == 1 ? Choices.Programmes[0].Id : 0;
        Input.PartnershipId = partnership;
        if (parent is int parentId && await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == parentId, ct) is { } mission)
        {
            var from = ActivityInput.From(mission);
            (Input.ParentId, Input.ProgrammeId, Input.PartnershipId, Input.TimeZone) = (parentId, from.ProgrammeId, from.PartnershipId, from.TimeZone);
            (Input.StartsAt, Input.EndsAt, Input.AllDay) = (from.StartsAt, from.StartsAt, from.AllDay);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var lineErrors = Lines.ApplyTo(Input);
        var outcome = lineErrors.Any
            ? Outcome<CreateActivity.Created>.Invalid(lineErrors.ToDictionary())
            : await CreateActivity.HandleAsync(db, Input, ct);
        if (outcome.Succeeded) return Redirect($"/activities/{outcome.Value!.Id}");
        outcome.AddTo(ModelState);
        Choices = await ActivityChoices.LoadAsync(db, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
