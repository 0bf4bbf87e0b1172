using System.Globalization;
using System.Text;

namespace UrbanCoop.Features.Map;

/// <summary>
/// Equirectangular projection onto a 1000 × 500 plane (the one scripts/vendor-world-map used for the countries),
/// and great-circle arcs between two places, sampled and projected.
/// </summary>
public static class MapProjection
{
    public const double Width = 1000, Height = 500;

    public static (double X, double Y) Project(double latitude, double longitude) =>
        ((longitude + 180) / 360 * Width, (90 - latitude) / 180 * Height);

    /// <summary>The shortest path on the sphere from one point to the other as an SVG path, cut where it crosses the antimeridian.</summary>
    public static string GreatCircle(double lat1, double lon1, double lat2, double lon2, int steps = 48)
    {
        var a = ToVector(lat1, lon1);
        var b = ToVector(lat2, lon2);
        var angle = Math.Acos(Math.Clamp(a.X * b.X + a.Y * b.Y + a.Z * b.Z, -1, 1));
        var path = new StringBuilder();
        double? previousLon = null;
        for (var i = 0; i <= steps; i++)
        {
            var t = (double)i / steps;
            // Spherical linear interpolation; points that coincide need none.
            var (wa, wb) = angle < 1e-9 ? (1 - t, t) : (Math.Sin((1 - t) * angle) / Math.Sin(angle), Math.Sin(t * angle) / Math.Sin(angle));
            var (lat, lon) = ToLatLon(wa * a.X + wb * b.X, wa * a.Y + wb * b.Y, wa * a.Z + wb * b.Z);
            var (x, y) = Project(lat, lon);
            var jump = previousLon is double p && Math.Abs(lon - p) > 180;
            path.Append(i == 0 || jump ? 'M' : 'L').Append(Number(x)).Append(' ').Append(Number(y));
            previousLon = lon;
        }
        return path.ToString();
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static (double X, double Y, double Z) ToVector(double lat, double lon)
    {
        var (φ, λ) = (lat * Math.PI / 180, lon * Math.PI / 180);
        return (Math.Cos(φ) * Math.Cos(λ), Math.Cos(φ) * Math.Sin(λ), Math.Sin(φ));
    }

    private static (double Lat, double Lon) ToLatLon(double x, double y, double z) =>
        (Math.Atan2(z, Math.Sqrt(x * x + y * y)) * 180 / Math.PI, Math.Atan2(y, x) * 180 / Math.PI);
}
