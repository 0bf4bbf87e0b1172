using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Intake.Extraction;
using UrbanCoop.Features.Places;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Intake;

/// <summary>
/// Completes places of the database from the gazetteer: Chinese name, coordinates and time zone where they are
/// missing. Never overwrites a value that is there. `urbancoop enrich-places` runs it over the whole database.
/// </summary>
public static class PlaceEnrichment
{
    /// <summary>True when something was filled in.</summary>
    public static bool Enrich(Place place, Gazetteer gazetteer)
    {
        var match = Match(place, gazetteer);
        if (match is null) return false;
        var changed = false;
        if (place.LocalName is null && match.ChineseName.Length > 0)
        {
            place.LocalName = ChineseShortName(match.ChineseName, place.Kind);
            place.LocalNameLanguage = "zh";
            changed = true;
        }
        if (place.Latitude is null && place.Longitude is null && match is { Latitude: { } lat, Longitude: { } lon })
        {
            (place.Latitude, place.Longitude) = (lat, lon);
            changed = true;
        }
        if (place.TimeZone is null && match.TimeZone.Length > 0)
        {
            place.TimeZone = match.TimeZone;
            changed = true;
        }
        return changed;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = WebApp.Build(args);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var places = await db.Places.ToListAsync();
        var filled = places.Count(p => Enrich(p, Gazetteer.Default));
        await db.SaveChangesAsync();
        Console.Out.WriteLine($"Completed {filled} of {places.Count} places from the gazetteer.");
        return 0;
    }

    /// <summary>The same name (or one of its aliases, or the name without "District") in the same country, the kind agreeing.</summary>
    private static GazetteerPlace? Match(Place place, Gazetteer gazetteer)
    {
        var kind = place.Kind.ToString().ToLowerInvariant();
        var names = place.Aliases.Prepend(place.Name).Append(StripAreaWord(place.Name));
        return names.SelectMany(gazetteer.Find)
            .Where(g => g.Country == place.CountryCode && (g.Kind == kind || kind == "district" && g.NeedsParentNearby))
            .OrderByDescending(g => g.Population ?? 0)
            .FirstOrDefault();
    }

    private static string StripAreaWord(string name) =>
        name.EndsWith(" District", StringComparison.Ordinal) ? name[..^" District".Length] : name;

    /// <summary>柳州市 → 柳州 for a city; districts keep their 区 (南沙区), as the demo data writes them.</summary>
    private static string ChineseShortName(string zh, PlaceKind kind) =>
        kind == PlaceKind.City && zh.Length > 2 && zh.EndsWith('市') ? zh[..^1] : zh;
}
