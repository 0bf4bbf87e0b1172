using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Programmes;

/// <summary>The editable fields of a programme, shared by create, update, the form and the API.</summary>
public sealed class ProgrammeInput : Infrastructure.Web.IVersionedInput
{
    [Required, StringLength(200)] public string Name { get; set; } = "";
    [StringLength(32)] public string? Acronym { get; set; }
    [StringLength(200)] public string? Funder { get; set; }
    [StringLength(4000)] public string? Description { get; set; }
    public List<string> WorldRegions { get; set; } = [];
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    [StringLength(500)] public string? Website { get; set; }
    /// <summary>The version the editor loaded; required for updates, ignored on create.</summary>
    public int Version { get; set; }

    public static ProgrammeInput From(Programme p) => new()
    {
        Name = p.Name, Acronym = p.Acronym, Funder = p.Funder, Description = p.Description, WorldRegions = [.. p.WorldRegions],
        StartsOn = p.StartsOn, EndsOn = p.EndsOn, Website = p.Website, Version = p.Version,
    };

    internal void ApplyTo(Programme p)
    {
        p.Name = Name.Trim();
        p.Acronym = Blank(Acronym);
        p.Funder = Blank(Funder);
        p.Description = Blank(Description);
        p.WorldRegions = InputValidation.CleanList(WorldRegions);
        p.StartsOn = StartsOn;
        p.EndsOn = EndsOn;
        p.Website = Blank(Website);
    }

    /// <summary>Annotations first, then the rules that need the database.</summary>
    internal async Task<FieldErrors> ValidateAsync(AppDbContext db, int? selfId, CancellationToken ct)
    {
        WorldRegions ??= []; // JSON may send null for the list
        var errors = InputValidation.Check(this);
        if (!string.IsNullOrWhiteSpace(Name))
        {
            var name = Name.Trim().ToLower();
            if (await db.Programmes.AnyAsync(p => p.Name.ToLower() == name && p.Id != selfId, ct))
                errors.Add(nameof(Name), $"There is already a programme named '{Name.Trim()}'.");
        }
        if (StartsOn is DateOnly start && EndsOn is DateOnly end && end < start)
            errors.Add(nameof(EndsOn), "The end cannot be before the start.");
        if (!string.IsNullOrWhiteSpace(Website) && !IsWebAddress(Website.Trim()))
            errors.Add(nameof(Website), "Use a full web address starting with https:// or http://.");
        if (WorldRegions.Any(r => r.Trim().Length > 100))
            errors.Add(nameof(WorldRegions), "A world region name is at most 100 characters.");
        return errors;
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
