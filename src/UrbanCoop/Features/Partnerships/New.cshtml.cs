using UrbanCoop.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

public sealed class NewModel(AppDbContext db) : PageModel, IPartnershipForm
{
    [BindProperty] public PartnershipInput Input { get; set; } = new();
    [BindProperty] public string? EuPlaceIds { get; set; }
    [BindProperty] public string? PartnerPlaceIds { get; set; }
    public PartnershipChoices Choices { get; private set; } = PartnershipChoices.None;

    public async Task OnGetAsync(int? programme, int? cluster, int? place, CancellationToken ct)
    {
        Choices = await PartnershipChoices.LoadAsync(db, [], ct);
        Input.ProgrammeId = programme ?? (Choices.Programmes.Count == 1 ? Choices.Programmes[0].Id : 0);
        Input.ClusterId = cluster;
        var country = await db.Places.Where(p => p.Id == place).Select(p => p.CountryCode).FirstOrDefaultAsync(ct);
        if (country is not null)
        {
            if (Countries.IsEu(country)) EuPlaceIds = place.ToString();
            else PartnerPlaceIds = place.ToString();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var problems = PartnershipForm.ReadMembers(Input, EuPlaceIds, PartnerPlaceIds);
        var outcome = problems.Count == 0
            ? await CreatePartnership.HandleAsync(db, Input, ct)
            : Outcome<CreatePartnership.Created>.Invalid((await Input.ValidateAsync(db, ct)).ToDictionary());
        if (outcome.Succeeded) return Redirect($"/partnerships/{outcome.Value!.Id}");
        outcome.AddTo(ModelState);
        foreach (var problem in problems) ModelState.AddModelError("Input.Members", problem);
        Choices = await PartnershipChoices.LoadAsync(db, [.. Input.Members.Select(m => m.PlaceId)], ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
