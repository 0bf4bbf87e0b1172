using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Partnerships;

public sealed class ClusterEditModel(AppDbContext db) : PageModel
{
    [BindProperty] public ClusterInput Input { get; set; } = new();
    public PartnershipChoices Choices { get; private set; } = PartnershipChoices.None;
    public string Name { get; private set; } = "";
    public IReadOnlyList<EditConflict.Difference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var cluster = await db.Clusters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cluster is null) return NotFound();
        Input = ClusterInput.From(cluster);
        Name = cluster.Name;
        Choices = await PartnershipChoices.LoadAsync(db, [], ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await UpdateCluster.HandleAsync(db, id, Input, ct);
        if (EditConflict.AfterSave(this, outcome, Input, $"/clusters/{id}", out var conflict) is { } done) return done;
        Conflict = conflict;
        Name = Input.Name;
        Choices = await PartnershipChoices.LoadAsync(db, [], ct);
        return Page();
    }
}
