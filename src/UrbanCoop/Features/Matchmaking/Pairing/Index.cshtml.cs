using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Matchmaking.Pairing;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Title, string Programme, int Applications, bool Open);
    public IReadOnlyList<Row> Calls { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Calls = await db.Calls.AsNoTracking().OrderByDescending(c => c.Id)
            .Select(c => new Row(c.Id, c.Title, c.Programme!.Name, c.Applications.Count, c.Open)).ToListAsync(ct);
}
