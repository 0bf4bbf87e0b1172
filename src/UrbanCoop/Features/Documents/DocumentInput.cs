using System.ComponentModel.DataAnnotations;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Documents;

/// <summary>
/// The editable fields of a document, shared by create, update, the form and the API. The file itself is
/// uploaded with the New page; its name, content type and size are recorded from the upload, not edited.
/// </summary>
public sealed class DocumentInput : Infrastructure.Web.IVersionedInput
{
    [Required, StringLength(300)] public string Title { get; set; } = "";
    public DocumentKind Kind { get; set; }
    [StringLength(16), RegularExpression("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", ErrorMessage = "Use a language tag such as en, zh or pt-BR.")]
    public string? Language { get; set; }
    /// <summary>Where it came from: a URL or the path it was imported from.</summary>
    [StringLength(2000)] public string? Source { get; set; }
    public DateOnly? PublishedOn { get; set; }
    [StringLength(1_000_000)] public string? Text { get; set; }
    /// <summary>The records the document belongs to or mentions.</summary>
    public List<LinkInput> Links { get; set; } = [];
    /// <summary>The version the editor loaded; required for updates, ignored on create.</summary>
    public int Version { get; set; }

    public static DocumentInput From(Document d) => new()
    {
        Title = d.Title, Kind = d.Kind, Language = d.Language, Source = d.Source, PublishedOn = d.PublishedOn, Text = d.Text,
        Links = [.. d.Links.OrderBy(l => l.Id).Select(l => new LinkInput(l.RecordKind, l.RecordId))], Version = d.Version,
    };

    /// <summary>Copies the fields onto <paramref name="d"/>; its Links must be loaded.</summary>
    internal void ApplyTo(Document d)
    {
        d.Title = Title.Trim();
        d.Kind = Kind;
        d.Language = Blank(Language);
        d.Source = Blank(Source);
        d.PublishedOn = PublishedOn;
        d.Text = string.IsNullOrWhiteSpace(Text) ? null : Text;
        // Keep the rows that stay: the (document, kind, record) index is unique, so a delete and re-insert could collide.
        var links = Links.Distinct().ToList();
        d.Links.RemoveAll(l => !links.Contains(new LinkInput(l.RecordKind, l.RecordId)));
        d.Links.AddRange(links.Where(l => !d.Links.Any(x => x.RecordKind == l.RecordKind && x.RecordId == l.RecordId))
            .Select(l => new DocumentLink { RecordKind = l.RecordKind, RecordId = l.RecordId }));
    }

    /// <summary>Annotations first, then the rules that need the database.</summary>
    internal async Task<FieldErrors> ValidateAsync(AppDbContext db, CancellationToken ct)
    {
        Links ??= []; // JSON may send null for the list
        var errors = InputValidation.Check(this);
        if (!Enum.IsDefined(Kind)) errors.Add(nameof(Kind), $"'{Kind}' is not a kind of document.");
        if (Links.Contains(null!))
        {
            errors.Add(nameof(Links), "Links cannot contain empty (null) entries.");
            return errors;
        }
        foreach (var group in Links.GroupBy(l => l.RecordKind))
        {
            if (!Enum.IsDefined(group.Key))
            {
                errors.Add(nameof(Links), $"'{group.Key}' is not a kind of record.");
                continue;
            }
            var ids = group.Select(l => l.RecordId).Distinct().ToList();
            var names = await LinkedRecords.NamesAsync(db, group.Key, ids, ct);
            foreach (var missing in ids.Where(id => !names.ContainsKey(id)))
                errors.Add(nameof(Links), $"There is no {Display.Words(group.Key).ToLowerInvariant()} {missing}.");
        }
        return errors;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A link to a record, written on forms as "Activity 12".</summary>
public sealed record LinkInput(RecordKind RecordKind, int RecordId)
{
    public override string ToString() => $"{Display.Words(RecordKind)} {RecordId}";
}
