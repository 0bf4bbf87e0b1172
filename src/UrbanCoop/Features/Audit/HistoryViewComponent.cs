using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Audit;

/// <summary>A record's history on its page: the latest changes with who made them and each field before and after.</summary>
public sealed class HistoryViewComponent(AppDbContext db) : ViewComponent
{
    public sealed record Change(string Field, string Before, string After);
    public sealed record Line(long Id, DateTime At, string? User, AuditAction Action, IReadOnlyList<Change> Changes);

    private const int Limit = 20;

    /// <summary>Shown to signed-in accounts only: the entries name who changed what, by e-mail address.</summary>
    public async Task<IViewComponentResult> InvokeAsync(string recordType, int id)
    {
        if (User.Identity?.IsAuthenticated != true) return Content("");
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.RecordType == recordType && e.RecordId == id)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(Limit).ToListAsync();
        return View("~/Features/Audit/_History.cshtml", entries.Select(e => new Line(e.Id, e.At, e.User, e.Action, Fields(e.Changes))).ToList());
    }

    internal static IReadOnlyList<Change> Fields(string changes) =>
        (JsonSerializer.Deserialize<Dictionary<string, JsonElement[]>>(changes) ?? [])
            .Select(c => new Change(c.Key, Text(c.Value.ElementAtOrDefault(0)), Text(c.Value.ElementAtOrDefault(1)))).ToList();

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => "",
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(Text)),
        JsonValueKind.Object => string.Join(", ", value.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => $"{p.Name} {Text(p.Value)}")),
        _ => value.GetRawText(),
    };
}
