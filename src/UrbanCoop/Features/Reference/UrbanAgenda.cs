namespace UrbanCoop.Features.Reference;

public sealed record UrbanAgendaPartnership(string Id, string Name);

/// <summary>The 14 partnerships of the Urban Agenda for the EU (Pact of Amsterdam).</summary>
public static class UrbanAgenda
{
    public static readonly IReadOnlyList<UrbanAgendaPartnership> All =
    [
        new("air-quality", "Air quality"),
        new("circular-economy", "Circular economy"),
        new("climate-adaptation", "Climate adaptation"),
        new("culture-cultural-heritage", "Culture and cultural heritage"),
        new("digital-transition", "Digital transition"),
        new("energy-transition", "Energy transition"),
        new("inclusion-migrants-refugees", "Inclusion of migrants and refugees"),
        new("public-procurement", "Innovative and responsible public procurement"),
        new("jobs-skills-local-economy", "Jobs and skills in the local economy"),
        new("housing", "Housing"),
        new("sustainable-land-use", "Sustainable use of land and nature-based solutions"),
        new("urban-mobility", "Urban mobility"),
        new("urban-poverty", "Urban poverty"),
        new("security-public-spaces", "Security in public spaces"),
    ];

    private static readonly Dictionary<string, UrbanAgendaPartnership> ById = All.ToDictionary(p => p.Id);

    public static bool Exists(string id) => ById.ContainsKey(id);
    public static string NameOf(string id) => ById.TryGetValue(id, out var p) ? p.Name : id;
}
