using System.ComponentModel.DataAnnotations;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Knowledge.Articles;

/// <summary>
/// The editable fields of an article, shared by create, update, the form and the API. Links are lines such as
/// "Place 12" (as on documents); they and the SDGs are replaced as a whole on update.
/// </summary>
public sealed class ArticleInput : Infrastructure.Web.IVersionedInput
{
    [Required, StringLength(300)] public string Title { get; set; } = "";
    public ArticleKind Kind { get; set; }
    [Required, StringLength(100_000)] public string Body { get; set; } = "";
    [Required, StringLength(16), RegularExpression("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", ErrorMessage = "Use a language tag such as en or zh-Hans.")]
    public string Language { get; set; } = "en";
    public DateOnly? PublishedOn { get; set; }
    public bool Published { get; set; }
    public List<string> Themes { get; set; } = [];
    public List<int> Sdgs { get; set; } = [];
    public List<LinkInput> Links { get; set; } = [];
    /// <summary>The version the editor loaded; required for updates, ignored on create.</summary>
    public int Version { get; set; }

    public static ArticleInput From(Article a) => new()
    {
        Title = a.Title, Kind = a.Kind, Body = a.Body, Language = a.Language, PublishedOn = a.PublishedOn, Published = a.Published,
        Themes = [.. a.Themes], Sdgs = [.. a.Sdgs], Version = a.Version,
        Links = [.. a.Links.OrderBy(l => l.Id).Select(l => new LinkInput(l.RecordKind, l.RecordId))],
    };

    internal void ApplyTo(Article a)
    {
        a.Title = Title.Trim();
        a.Kind = Kind;
        a.Body = Body.Trim();
        a.Language = Language.Trim();
        a.Published = Published;
        // Publishing without a date publishes today; the date stays when the article goes back to draft.
        a.PublishedOn = PublishedOn ?? (Published ? DateOnly.FromDateTime(DateTime.UtcNow) : null);
        a.Themes = InputValidation.CleanList(Themes);
        a.Sdgs = [.. Sdgs.Distinct().Order()];
        a.Links.Clear();
        a.Links.AddRange(Links.Distinct().Select(l => new ArticleLink { RecordKind = l.RecordKind, RecordId = l.RecordId }));
    }

    internal async Task<FieldErrors> ValidateAsync(AppDbContext db, CancellationToken ct)
    {
        Themes ??= [];
        Sdgs ??= [];
        Links ??= [];
        var errors = InputValidation.Check(this);
        foreach (var theme in Themes.Where(t => !string.IsNullOrWhiteSpace(t) && !Reference.Themes.Exists(t.Trim())))
            errors.Add(nameof(Themes), $"'{theme}' is not a theme id such as smart-city.");
        foreach (var sdg in Sdgs.Where(s => !Reference.Sdgs.Exists(s))) errors.Add(nameof(Sdgs), $"{sdg} is not an SDG (1 to 17).");
        foreach (var kind in Links.GroupBy(l => l.RecordKind))
        {
            var ids = kind.Select(l => l.RecordId).Distinct().ToList();
            var known = kind.Key is RecordKind.Article or RecordKind.Document or RecordKind.Cluster ? [] : await LinkedRecords.NamesAsync(db, kind.Key, ids, ct);
            foreach (var id in ids.Where(id => !known.ContainsKey(id))) errors.Add(nameof(Links), $"There is no {kind.Key} {id} to link.");
        }
        return errors;
    }
}
