using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Organisations;

/// <summary>The editable fields of an organisation, shared by create, update, the form and the API.</summary>
public sealed class OrganisationInput : Infrastructure.Web.IVersionedInput
{
    [Required, StringLength(200)] public string Name { get; set; } = "";
    [StringLength(40)] public string? Acronym { get; set; }
    public List<string> Aliases { get; set; } = [];
    public OrganisationKind Kind { get; set; }
    public int? PlaceId { get; set; }
    public int? ParentId { get; set; }
    [StringLength(500)] public string? Website { get; set; }
    [StringLength(8000)] public string? Description { get; set; }
    /// <summary>The version the editor loaded; required for updates, ignored on create.</summary>
    public int Version { get; set; }

    public static OrganisationInput From(Organisation o) => new()
    {
        Name = o.Name, Acronym = o.Acronym, Aliases = [.. o.Aliases], Kind = o.Kind, PlaceId = o.PlaceId, ParentId = o.ParentId,
        Website = o.Website, Description = o.Description, Version = o.Version,
    };

    internal void ApplyTo(Organisation o)
    {
        o.Name = Name.Trim();
        o.Acronym = Blank(Acronym);
        o.Aliases = InputValidation.CleanList(Aliases);
        o.Kind = Kind;
        o.PlaceId = PlaceId;
        o.ParentId = ParentId;
        o.Website = Blank(Website);
        o.Description = Blank(Description);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Annotations first, then the rules that need the database.</summary>
    internal async Task<FieldErrors> ValidateAsync(AppDbContext db, int? selfId, CancellationToken ct)
    {
        var errors = InputValidation.Check(this);
        if (!string.IsNullOrWhiteSpace(Website) && !IsWebAddress(Website.Trim()))
            errors.Add(nameof(Website), $"'{Website}' is not a web address such as https://www.example.org.");
        if (PlaceId is int placeId && !await db.Places.AnyAsync(p => p.Id == placeId, ct))
            errors.Add(nameof(PlaceId), $"There is no place {placeId}.");
        if (ParentId is int parentId)
        {
            if (parentId == selfId) errors.Add(nameof(ParentId), "An organisation cannot be its own parent.");
            else if (!await db.Organisations.AnyAsync(o => o.Id == parentId, ct)) errors.Add(nameof(ParentId), $"There is no organisation {parentId}.");
            else if (selfId is int id && await IsDescendantAsync(db, parentId, id, ct))
                errors.Add(nameof(ParentId), "The parent cannot be an organisation inside this one.");
        }
        return errors;
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static async Task<bool> IsDescendantAsync(AppDbContext db, int candidate, int ancestor, CancellationToken ct)
    {
        int? current = candidate;
        for (var depth = 0; current is int id && depth < 32; depth++)
        {
            if (id == ancestor) return true;
            current = await db.Organisations.Where(o => o.Id == id).Select(o => o.ParentId).FirstOrDefaultAsync(ct);
        }
        return false;
    }
}
