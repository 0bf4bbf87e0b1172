using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Publishing;

/// <summary>On a record's page: "Draft" for those who see drafts, and the button to change it for those who may.</summary>
public sealed class PublicationViewComponent(AppDbContext db, EditScope scope) : ViewComponent
{
    public sealed record Shown(SetPublication.State State, string Records, bool MayChange);

    public async Task<IViewComponentResult> InvokeAsync(string recordType, int id)
    {
        if (User.Identity?.IsAuthenticated != true || !Enum.TryParse<RecordKind>(recordType, out var kind)) return Content("");
        var state = await SetPublication.GetAsync(db, kind, id, HttpContext.RequestAborted);
        var records = HttpContext.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (state is null || records is null) return Content("");
        var mayChange = await scope.CanEditAsync(HttpContext.User, kind, id, HttpContext.RequestAborted);
        if (!mayChange && state.Published) return Content("");
        return View("~/Features/Publishing/_Publication.cshtml", new Shown(state, records, mayChange));
    }
}
