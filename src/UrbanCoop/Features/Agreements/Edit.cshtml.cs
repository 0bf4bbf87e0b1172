using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Agreements;

public sealed class EditModel(AppDbContext db) : AgreementFormPage
{
    public string Name { get; private set; } = "";
    public IReadOnlyList<EditConflict.Difference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Parties).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        Input = AgreementInput.From(agreement);
        Name = agreement.Title;
        await LoadChoicesAsync(db, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await UpdateAgreement.HandleAsync(db, id, Input, ct);
        if (EditConflict.AfterSave(this, outcome, Input, $"/agreements/{id}", out var conflict) is { } done) return done;
        Conflict = conflict;
        Name = Input.Title;
        await LoadChoicesAsync(db, ct);
        return Page();
    }
}
