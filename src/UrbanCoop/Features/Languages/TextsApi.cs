using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Languages;

/// <summary>
/// <c>GET /api/v1/{kind}/{id}/texts</c> and <c>PUT /api/v1/{kind}/{id}/texts/{field}</c> with <c>{language, text}</c>:
/// the Chinese versions of a record's texts. The path names the record, so changing them follows its write rules.
/// </summary>
public static class TextsApi
{
    public sealed record TextInput(string? Language, string? Text);

    public static void MapRecordTextsApi(this IEndpointRouteBuilder app)
    {
        foreach (var kind in new[] { "partnerships", "activities", "pilot-projects", "action-plans" })
            Map(app.MapGroup($"/api/v1/{kind}/{{id:int}}/texts").WithTags("Translations"), kind);
    }

    private static void Map(RouteGroupBuilder group, string kind)
    {
        group.MapGet("/", async (int id, AppDbContext db, CancellationToken ct) =>
        {
            var recordKind = RecordRoutes.KindOf("/" + kind)!.Value;
            return Results.Ok(await db.RecordTexts.AsNoTracking().Where(t => t.RecordKind == recordKind && t.RecordId == id)
                .OrderBy(t => t.Field).Select(t => new { t.Field, t.Language, t.Text }).ToListAsync(ct));
        }).WithName("List" + Name(kind) + "Texts");
        group.MapPut("/{field}", async (int id, string field, [FromBody] TextInput input, AppDbContext db, CancellationToken ct) =>
        {
            var recordKind = RecordRoutes.KindOf("/" + kind)!.Value;
            var name = RecordTexts.Fields[recordKind].FirstOrDefault(f => f.Equals(field, StringComparison.OrdinalIgnoreCase));
            if (name is null) return Invalid("field", $"'{field}' has no translation; use one of {string.Join(", ", RecordTexts.Fields[recordKind])}.");
            if (UiLanguages.Match(input.Language) is not UiLanguages.Chinese)
                return Invalid("language", "Only zh-Hans versions are stored; the record itself holds the English text.");
            if (input.Text?.Length > 8000) return Invalid("text", "At most 8,000 characters.");
            if (!await ExistsAsync(db, recordKind, id, ct)) return Results.Problem($"There is no {kind} record {id}.", statusCode: 404, title: "Not found");
            var row = await db.RecordTexts.FirstOrDefaultAsync(t => t.RecordKind == recordKind && t.RecordId == id && t.Field == name && t.Language == UiLanguages.Chinese, ct);
            if (string.IsNullOrWhiteSpace(input.Text)) { if (row is not null) db.RecordTexts.Remove(row); }
            else if (row is null) db.RecordTexts.Add(new RecordText { RecordKind = recordKind, RecordId = id, Field = name, Language = UiLanguages.Chinese, Text = input.Text.Trim() });
            else row.Text = input.Text.Trim();
            await db.SaveChangesAsync(ct);
            return Results.Ok(new { field = name, language = UiLanguages.Chinese, text = input.Text?.Trim() ?? "" });
        }).WithName("Put" + Name(kind) + "Text");
    }

    private static string Name(string kind) => string.Concat(kind.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Invalid request");

    private static Task<bool> ExistsAsync(AppDbContext db, RecordKind kind, int id, CancellationToken ct) => kind switch
    {
        RecordKind.Partnership => db.Partnerships.AnyAsync(x => x.Id == id, ct),
        RecordKind.Activity => db.Activities.AnyAsync(x => x.Id == id, ct),
        RecordKind.PilotProject => db.PilotProjects.AnyAsync(x => x.Id == id, ct),
        _ => db.ActionPlans.AnyAsync(x => x.Id == id, ct),
    };
}
