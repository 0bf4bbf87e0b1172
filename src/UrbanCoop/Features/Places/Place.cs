using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Places;

public enum PlaceKind { City, Region, District, Zone }

public sealed class Place : Record
{
    public required string Name { get; set; }
    public PlaceKind Kind { get; set; }
    public int? ParentId { get; set; }
    public Place? Parent { get; set; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string CountryCode { get; set; }
    /// <summary>Name in the local language, e.g. 柳州 for Liuzhou.</summary>
    public string? LocalName { get; set; }
    public string? LocalNameLanguage { get; set; }
    /// <summary>Other spellings and misspellings seen in documents ("Liuduong", "Stuttgart Regio").</summary>
    public List<string> Aliases { get; set; } = [];
    public long? Population { get; set; }
    public int? PopulationYear { get; set; }
    public string? PopulationSource { get; set; }
    public double? AreaKm2 { get; set; }
    public int? AreaYear { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    /// <summary>IANA time-zone id, e.g. Asia/Shanghai.</summary>
    public string? TimeZone { get; set; }
    public string? Summary { get; set; }
}
