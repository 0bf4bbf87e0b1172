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
        if (EditConflict.AfterSave(this, outcome, Input, $"/partnerships/{id}", out var conflict) is { } done) return done;
        Conflict = conflict;
        if (conflict is null) foreach (var problem in problems) ModelState.AddModelError("Input.Members", problem);
        Name = Input.Name;
        Choices = await PartnershipChoices.LoadAsync(db, [.. Input.Members.Select(m => m.PlaceId)], ct);
        return Page();
    }
}
