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
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                return Redirect($"/articles/{id}");
            case OutcomeStatus.NotFound:
                return NotFound();
            case OutcomeStatus.Conflict:
                // Keep the editor's values on screen, armed with the stored version so a second save overwrites knowingly.
                Conflict = EditConflict.Compare(Input, outcome.Value!);
                ModelState.Remove("Input.Version");
                Input.Version = outcome.Value!.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            default:
                outcome.AddTo(ModelState);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
        }
        SuggestSdgs();
        return Page();
    }
}
