using UrbanCoop.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

public sealed class ClusterNewModel(AppDbContext db) : PageModel
{
    [BindProperty] public ClusterInput Input { get; set; } = new();
    public PartnershipChoices Choices { get; private set; } = PartnershipChoices.None;

    public async Task OnGetAsync(int? programme, CancellationToken ct)
    {
        Choices = await PartnershipChoices.LoadAsync(db, [], ct);
        Input.ProgrammeId = programme ?? (Choices.Programmes.Count == 1 ? Choices.Programmes[0].Id : 0);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await CreateCluster.HandleAsync(db, Input, ct);
        if (outcome.Succeeded) return Redirect($"/clusters/{outcome.Value!.Id}");
        outcome.AddTo(ModelState);
        Choices = await PartnershipChoices.LoadAsync(db, [], ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
