using System.Globalization;

namespace UrbanCoop.Features.Intake.Extraction;

/// <summary>Values that are present but cannot both hold: a city denser than any on earth, an event that ends before it starts.</summary>
public static class Plausibility
{
    // the densest cities hold about 45,000 people per km²; twice that is taken as a misprint
    private const double MaxDensity = 90_000;

    public static List<ExtractedWarning> Check(IEnumerable<ExtractedPlace> places, IEnumerable<ExtractedEvent> events)
    {
        var warnings = new List<ExtractedWarning>();
        foreach (var p in places)
        {
            if (p.AreaKm2 is <= 0) warnings.Add(new($"places[{p.Name}].areaKm2", $"an area of {p.AreaKm2} km² is not possible"));
            else if (p.Population is { } pop && p.AreaKm2 is { } area && pop / area > MaxDensity)
                warnings.Add(new($"places[{p.Name}].areaKm2",
                    $"{Format(area)} km² is implausible for a city of {Format(pop / 1e6)} million ({Format(Math.Round(pop / area))} people per km²)"));
            if (p.Population is > 40_000_000 && p.Kind == "city")
                warnings.Add(new($"places[{p.Name}].population", $"{Format(p.Population.Value)} people is more than any city holds"));
        }
        foreach (var e in events)
            if (e.End is not null && string.CompareOrdinal(e.End, e.Start) < 0)
                warnings.Add(new($"events[{e.Start}].end", $"the event ends ({e.End}) before it starts ({e.Start})"));
        return warnings;
    }

    private static string Format(double v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);
}
