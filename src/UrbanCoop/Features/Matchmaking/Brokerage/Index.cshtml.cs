using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Matchmaking.Brokerage;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<(int Id, string Name, DateTime? StartsAt)> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Events = await GetEventGrid.ListAsync(db, ct);
}
