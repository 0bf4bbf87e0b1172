using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Audit;

/// <summary>Deleted records, newest first, each with a button that restores it (admins only).</summary>
[Authorize]
public sealed class DeletedModel(AppDbContext db) : PageModel
{
    public sealed record Line(long Id, DateTime At, string? User, string RecordType, int RecordId, string Name);

    public IReadOnlyList<Line> Lines { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (AccountClaims.RoleOf(User) != UserRole.Admin) return StatusCode(StatusCodes.Status403Forbidden);
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditAction.Deleted)
            .OrderByDescending(e => e.At).Take(100).ToListAsync(ct);
        Lines = entries.Select(e => new Line(e.Id, e.At, e.User, e.RecordType, e.RecordId, NameOf(e.Changes))).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long entry, CancellationToken ct)
    {
        if (AccountClaims.RoleOf(User) != UserRole.Admin) return StatusCode(StatusCodes.Status403Forbidden);
        var outcome = await RestoreRecord.HandleAsync(db, entry, ct);
        if (outcome.Succeeded) return Redirect($"/audit/deleted?restored={outcome.Value!.RecordType}+{outcome.Value.Id}");
        Message = outcome.Message;
        Response.StatusCode = outcome.Status == OutcomeStatus.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        await OnGetAsync(ct);
        return Page();
    }

    private static string NameOf(string changes)
    {
        var fields = HistoryViewComponent.Fields(changes);
        return fields.FirstOrDefault(f => f.Field is "Name" or "Title" or "FamilyName")?.Before ?? "";
    }
}
