namespace UrbanCoop.Features.Map;

/// <summary>The vendored country outlines (see scripts/vendor-world-map), read once from the assembly.</summary>
public static class WorldCountries
{
    public const string Attribution = "Country outlines: Natural Earth (public domain), 1:110m, via world-atlas.";

    public sealed record Country(string Id, string Name, string Path);

    private static readonly Lazy<IReadOnlyList<Country>> Loaded = new(Load);

    public static IReadOnlyList<Country> All => Loaded.Value;

    private static IReadOnlyList<Country> Load()
    {
        using var stream = typeof(WorldCountries).Assembly.GetManifestResourceStream("UrbanCoop.Features.Map.countries-110m.txt")
            ?? throw new InvalidOperationException("The world map is missing from the build; run scripts/vendor-world-map.");
        using var reader = new StreamReader(stream);
        var countries = new List<Country>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var parts = line.Split('\t', 3);
            countries.Add(new Country(parts[0], parts[1], parts[2]));
        }
        return countries;
    }
}
