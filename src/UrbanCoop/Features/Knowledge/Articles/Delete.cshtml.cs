using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Knowledge.Articles;

public sealed class DeleteModel(AppDbContext db) : PageModel
{
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var title = await db.Articles.Where(a => a.Id == id).Select(a => a.Title).FirstOrDefaultAsync(ct);
        if (title is null) return NotFound();
        Name = title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await DeleteArticle.HandleAsync(db, id, ct);
        return outcome.Status == OutcomeStatus.NotFound ? NotFound() : Redirect("/articles");
    }
}
