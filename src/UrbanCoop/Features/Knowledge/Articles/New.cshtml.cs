using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Knowledge.Articles;

public sealed class NewModel(AppDbContext db) : ArticleFormPage
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ReadLinks())
        {
            var outcome = await CreateArticle.HandleAsync(db, Input, ct);
            if (outcome.Succeeded) return Redirect($"/articles/{outcome.Value!.Id}");
            outcome.AddTo(ModelState);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        SuggestSdgs();
        return Page();
    }
}
