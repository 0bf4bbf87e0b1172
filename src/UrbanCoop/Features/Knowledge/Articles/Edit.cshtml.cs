using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Knowledge.Articles;

public sealed class EditModel(AppDbContext db) : ArticleFormPage
{
    public string Name { get; private set; } = "";
    public IReadOnlyList<EditConflict.Difference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.Links).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return NotFound();
        Input = ArticleInput.From(article);
        ShowLinks(Input.Links);
        Name = article.Title;
        SuggestSdgs();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Name = Input.Title;
        if (!ReadLinks())
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            SuggestSdgs();
            return Page();
        }
        var outcome = await UpdateArticle.HandleAsync(db, id, Input, ct);
        if (EditConflict.AfterSave(this, outcome, Input, $"/articles/{id}", out var conflict) is { } done) return done;
        Conflict = conflict;
        SuggestSdgs();
        return Page();
    }
}
