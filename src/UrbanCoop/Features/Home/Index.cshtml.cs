using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Home;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public GetOverview.Overview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Overview = await GetOverview.HandleAsync(db, ct);
}
