using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Partnerships;

public sealed class EditModel(AppDbContext db) : PageModel, IPartnershipForm
{
    [BindProperty] public PartnershipInput Input { get; set; } = new();
    [BindProperty] public string? EuPlaceIds { get; set; }
    [BindProperty] public string? PartnerPlaceIds { get; set; }
    public PartnershipChoices Choices { get; private set; } = PartnershipChoices.None;
    public string Name { get; private set; } = "";
    public IReadOnlyList<EditConflict.Difference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (partnership is null) return NotFound();
        Input = PartnershipInput.From(partnership);
        EuPlaceIds = PartnershipForm.Lines(Input, MemberSide.Eu);
        PartnerPlaceIds = PartnershipForm.Lines(Input, MemberSide.Partner);
        Name = partnership.Name;
        Choices = await PartnershipChoices.LoadAsync(db, [.. Input.Members.Select(m => m.PlaceId)], ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var problems = PartnershipForm.ReadMembers(Input, EuPlaceIds, PartnerPlaceIds);
        var outcome = problems.Count == 0
            ? await UpdatePartnership.HandleAsync(db, id, Input, ct)
            : Outcome<PartnershipInput>.Invalid((await Input.ValidateAsync(db, ct)).ToDictionary());
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                return Redirect($"/partnerships/{id}");
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
                foreach (var problem in problems) ModelState.AddModelError("Input.Members", problem);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
        }
        Name = Input.Name;
        Choices = await PartnershipChoices.LoadAsync(db, [.. Input.Members.Select(m => m.PlaceId)], ct);
        return Page();
    }
}
