using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Places;

/// <summary>The editable fields of a place, shared by create, update, the form and the API.</summary>
public sealed class PlaceInput : Infrastructure.Web.IVersionedInput
{
    [Required, StringLength(200)] public string Name { get; set; } = "";
    public PlaceKind Kind { get; set; }
    public int? ParentId { get; set; }
    [Required, RegularExpression("^[A-Z]{2}$", ErrorMessage = "Use the two-letter ISO 3166 code, e.g. CN or ES.")]
    public string CountryCode { get; set; } = "";
    [StringLength(200)] public string? LocalName { get; set; }
    [StringLength(16)] public string? LocalNameLanguage { get; set; }
    public List<string> Aliases { get; set; } = [];
    [Range(0, 2_000_000_000)] public long? Population { get; set; }
    [Range(1800, 2100)] public int? PopulationYear { get; set; }
    [StringLength(200)] public string? PopulationSource { get; set; }
    [Range(0.01, 2_000_000)] public double? AreaKm2 { get; set; }
    [Range(1800, 2100)] public int? AreaYear { get; set; }
    [Range(-90, 90)] public double? Latitude { get; set; }
    [Range(-180, 180)] public double? Longitude { get; set; }
    [StringLength(64)] public string? TimeZone { get; set; }
    [StringLength(4000)] public string? Summary { get; set; }
    /// <summary>The version the editor loaded; required for updates, ignored on create.</summary>
    public int Version { get; set; }

    public static PlaceInput From(Place p) => new()
    {
        Name = p.Name, Kind = p.Kind, ParentId = p.ParentId, CountryCode = p.CountryCode, LocalName = p.LocalName,
        LocalNameLanguage = p.LocalNameLanguage, Aliases = [.. p.Aliases], Population = p.Population,
        PopulationYear = p.PopulationYear, PopulationSource = p.PopulationSource, AreaKm2 = p.AreaKm2, AreaYear = p.AreaYear,
        Latitude = p.Latitude, Longitude = p.Longitude, TimeZone = p.TimeZone, Summary = p.Summary, Version = p.Version,
    };

    internal void ApplyTo(Place p)
    {
        p.Name = Name.Trim();
        p.Kind = Kind;
        p.ParentId = ParentId;
        p.CountryCode = CountryCode;
        p.LocalName = LocalName?.Trim();
        p.LocalNameLanguage = LocalNameLanguage?.Trim();
        p.Aliases = InputValidation.CleanList(Aliases);
        p.Population = Population;
        p.PopulationYear = PopulationYear;
        p.PopulationSource = PopulationSource;
        p.AreaKm2 = AreaKm2;
        p.AreaYear = AreaYear;
        p.Latitude = Latitude;
        p.Longitude = Longitude;
        p.TimeZone = string.IsNullOrWhiteSpace(TimeZone) ? null : TimeZone.Trim();
        p.Summary = Summary;
    }

    /// <summary>Annotations first, then the rules that need the database.</summary>
    internal async Task<FieldErrors> ValidateAsync(AppDbContext db, int? selfId, CancellationToken ct)
    {
        var errors = InputValidation.Check(this);
        if (!string.IsNullOrEmpty(CountryCode) && !Countries.IsValid(CountryCode))
            errors.Add(nameof(CountryCode), $"'{CountryCode}' is not an ISO 3166 country code.");
        if (!string.IsNullOrWhiteSpace(TimeZone) && !InputValidation.IsTimeZone(TimeZone.Trim()))
            errors.Add(nameof(TimeZone), $"'{TimeZone}' is not an IANA time zone such as Asia/Shanghai.");
        if ((Latitude is null) != (Longitude is null))
            errors.Add(nameof(Longitude), "Give both latitude and longitude, or neither.");
        if (ParentId is int parentId)
        {
            if (parentId == selfId) errors.Add(nameof(ParentId), "A place cannot be its own parent.");
            else if (!await db.Places.AnyAsync(p => p.Id == parentId, ct)) errors.Add(nameof(ParentId), $"There is no place {parentId}.");
            else if (selfId is int id && await IsDescendantAsync(db, parentId, id, ct))
                errors.Add(nameof(ParentId), "The parent cannot be a place inside this one.");
        }
        return errors;
    }

    private static async Task<bool> IsDescendantAsync(AppDbContext db, int candidate, int ancestor, CancellationToken ct)
    {
        int? current = candidate;
        for (var depth = 0; current is int id && depth < 32; depth++)
        {
            if (id == ancestor) return true;
            current = await db.Places.Where(p => p.Id == id).Select(p => p.ParentId).FirstOrDefaultAsync(ct);
        }
        return false;
    }
}
