using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Map;

/// <summary>The places with coordinates and the partnerships between them, as points and great-circle arcs.</summary>
public static class GetMap
{
    public enum Colouring { Cluster, Theme }

    public sealed record Query(int? Programme = null, int? Cluster = null, string? Theme = null, string? Country = null,
        int? Place = null, int? Partnership = null, Colouring ColourBy = Colouring.Cluster);

    public sealed record Point(int Id, string Name, string? LocalName, string? LocalNameLanguage, double X, double Y, bool Eu);
    public sealed record Arc(int PartnershipId, string Name, string Path, int Colour, string Group);
    public sealed record Legend(int Colour, string Label);
    public sealed record Result(IReadOnlyList<Point> Points, IReadOnlyList<Arc> Arcs, IReadOnlyList<Legend> Legend, string ViewBox);

    public const int Colours = 8;

    public static async Task<Outcome<Result>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        if (query.Theme is { } theme && !Themes.Exists(theme)) return Outcome<Result>.Invalid("theme", $"'{theme}' is not a theme id such as smart-city.");
        var country = query.Country?.Trim().ToUpperInvariant();
        if (country is not null && !Countries.IsValid(country)) return Outcome<Result>.Invalid("country", $"'{query.Country}' is not an ISO 3166 country code such as CN or IT.");

        var partnerships = db.Partnerships.AsNoTracking();
        if (query.Programme is int programme) partnerships = partnerships.Where(p => p.ProgrammeId == programme);
        if (query.Cluster is int cluster) partnerships = partnerships.Where(p => p.ClusterId == cluster);
        if (query.Theme is { } t) partnerships = partnerships.Where(p => p.Themes.Contains(t));
        if (country is not null) partnerships = partnerships.Where(p => p.Members.Any(m => m.Place!.CountryCode == country));
        if (query.Place is int place) partnerships = partnerships.Where(p => p.Members.Any(m => m.PlaceId == place));
        if (query.Partnership is int only) partnerships = partnerships.Where(p => p.Id == only);
        var pairs = await partnerships.OrderBy(p => p.Name).Select(p => new
        {
            p.Id, p.Name, p.ClusterId, Cluster = p.Cluster != null ? p.Cluster.Name : null, p.Themes,
            Members = p.Members.Where(m => m.Place!.Latitude != null && m.Place.Longitude != null)
                .Select(m => new { m.PlaceId, m.Side, Lat = m.Place!.Latitude!.Value, Lon = m.Place.Longitude!.Value }).ToList(),
        }).ToListAsync(ct);

        var places = db.Places.AsNoTracking().Where(p => p.Latitude != null && p.Longitude != null && p.Kind == Places.PlaceKind.City);
        if (country is not null) places = places.Where(p => p.CountryCode == country);
        if (query.Programme is not null || query.Cluster is not null || query.Theme is not null || query.Partnership is not null)
        {
            var ids = pairs.SelectMany(p => p.Members.Select(m => m.PlaceId)).Distinct().ToList();
            places = db.Places.AsNoTracking().Where(p => ids.Contains(p.Id) && p.Latitude != null && p.Longitude != null);
        }
        if (query.Place is int focus) places = places.Where(p => p.Id == focus || db.PartnershipMembers.Any(m => m.PlaceId == p.Id
            && db.PartnershipMembers.Any(o => o.PartnershipId == m.PartnershipId && o.PlaceId == focus)));
        var points = (await places.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.LocalName, p.LocalNameLanguage, p.Latitude, p.Longitude, p.CountryCode })
            .ToListAsync(ct)).Select(p =>
            {
                var (x, y) = MapProjection.Project(p.Latitude!.Value, p.Longitude!.Value);
                return new Point(p.Id, p.Name, p.LocalName, p.LocalNameLanguage, x, y, Countries.IsEu(p.CountryCode));
            }).ToList();

        var groups = new List<string>();
        var arcs = new List<Arc>();
        foreach (var p in pairs)
        {
            var group = query.ColourBy == Colouring.Theme ? (p.Themes.Count > 0 ? Themes.NameOf(p.Themes[0]) : "No theme") : p.Cluster ?? "No cluster";
            if (!groups.Contains(group)) groups.Add(group);
            var colour = groups.IndexOf(group) % Colours;
            // One partner city with several EU cities: an arc from the partner side to each EU member.
            var partners = p.Members.Where(m => m.Side == MemberSide.Partner).ToList();
            var eu = p.Members.Where(m => m.Side == MemberSide.Eu).ToList();
            foreach (var from in partners)
                foreach (var to in eu)
                    arcs.Add(new Arc(p.Id, p.Name, MapProjection.GreatCircle(from.Lat, from.Lon, to.Lat, to.Lon), colour, group));
        }
        var legend = groups.Select((g, i) => new Legend(i % Colours, g)).ToList();
        return Outcome<Result>.Ok(new Result(points, arcs, legend, ViewBoxAround(points)));
    }

    /// <summary>The part of the world that holds the points, with a margin and a 2:1 shape; the whole world when empty.</summary>
    private static string ViewBoxAround(IReadOnlyList<Point> points)
    {
        if (points.Count == 0) return $"0 0 {MapProjection.Width} {MapProjection.Height}";
        const double margin = 30;
        var (minX, maxX) = (points.Min(p => p.X) - margin, points.Max(p => p.X) + margin);
        var (minY, maxY) = (points.Min(p => p.Y) - margin, points.Max(p => p.Y) + margin);
        var width = Math.Max(maxX - minX, 2 * (maxY - minY));
        width = Math.Max(width, 160);
        var height = width / 2;
        var (cx, cy) = ((minX + maxX) / 2, (minY + maxY) / 2);
        var x = Math.Clamp(cx - width / 2, 0, Math.Max(0, MapProjection.Width - width));
        var y = Math.Clamp(cy - height / 2, 0, Math.Max(0, MapProjection.Height - height));
        return string.Join(' ', new[] { x, y, width, height }.Select(MapProjection.Number));
    }
}
