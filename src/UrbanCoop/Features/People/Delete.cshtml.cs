using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.People;

public sealed class DeleteModel(AppDbContext db) : PageModel
{
    public string Name { get; private set; } = "";
    public IReadOnlyList<string> UsedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var name = await NameAsync(id, ct);
        if (name is null) return NotFound();
        Name = name;
        UsedBy = await DeletePerson.UsagesAsync(db, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await DeletePerson.HandleAsync(db, id, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Succeeded) return Redirect("/people");
        Name = await NameAsync(id, ct) ?? "";
        UsedBy = outcome.Details;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<string?> NameAsync(int id, CancellationToken ct)
    {
        var person = await db.People.Where(p => p.Id == id).Select(p => new { p.GivenName, p.FamilyName, p.FamilyNameFirst }).FirstOrDefaultAsync(ct);
        return person is null ? null : PersonNames.Display(person.GivenName, person.FamilyName, person.FamilyNameFirst);
    }
}
