using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Languages;

/// <summary>Which fields of which records can hold a Chinese version, and reading them for a page.</summary>
public static class RecordTexts
{
    public static readonly IReadOnlyDictionary<RecordKind, string[]> Fields = new Dictionary<RecordKind, string[]>
    {
        [RecordKind.Partnership] = ["Name", "Summary"],
        [RecordKind.Activity] = ["Title", "Summary"],
        [RecordKind.PilotProject] = ["Title", "Description"],
        [RecordKind.ActionPlan] = ["Title", "KeyFocus", "KeyChallenges", "MainObjective", "ActivitiesAndOutputs", "ExpectedResults", "Contacts"],
    };

    /// <summary>The Chinese texts of the records, by (record id, field); empty for English readers.</summary>
    public static async Task<Translations> ForReaderAsync(AppDbContext db, RecordKind kind, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        if (!UiLanguages.IsChinese || ids.Count == 0) return Translations.None;
        var rows = await db.RecordTexts.AsNoTracking()
            .Where(t => t.RecordKind == kind && ids.Contains(t.RecordId) && t.Language == UiLanguages.Chinese)
            .Select(t => new { t.RecordId, t.Field, t.Text }).ToListAsync(ct);
        return new Translations(rows.ToDictionary(r => (r.RecordId, r.Field), r => r.Text));
    }
}

/// <summary>A field as the reader sees it: in their language, or the English with a visible note that it is English.</summary>
public sealed record ShownText(string Text, string Language, bool IsFallback);

public sealed class Translations(IReadOnlyDictionary<(int, string), string> texts)
{
    public static readonly Translations None = new(new Dictionary<(int, string), string>());

    public ShownText Show(int id, string field, string english) =>
        texts.TryGetValue((id, field), out var chinese) ? new(chinese, UiLanguages.Chinese, false)
        : new(english, UiLanguages.English, UiLanguages.IsChinese);
}
