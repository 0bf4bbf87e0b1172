using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.OpenData;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<(RecordKinds.Kind Kind, int Count)> Kinds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var kinds = new List<(RecordKinds.Kind, int)>();
        foreach (var kind in RecordKinds.All) kinds.Add((kind, await kind.CountAsync(db, ct)));
        Kinds = kinds;
    }
}
