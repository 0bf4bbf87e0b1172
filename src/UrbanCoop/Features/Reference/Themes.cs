namespace UrbanCoop.Features.Reference;

public sealed record Theme(string Id, string Name, string Covers);

/// <summary>Cooperation themes; the ids are the ones the intake contract fixes.</summary>
public static class Themes
{
    public static readonly IReadOnlyList<Theme> All =
    [
        new("smart-city", "Smart city", "digital transition, data platforms, 5G, digital twins and visualisation tools"),
        new("energy-transition", "Energy transition", "smart energy, energy efficiency, renewable and hydrogen energy"),
        new("mobility", "Mobility", "smart and sustainable mobility, transport, electric, hydrogen and autonomous vehicles, urban air mobility"),
        new("innovation-startups", "Innovation and start-ups", "innovation districts and centres, incubators, start-ups, SME acceleration, technology transfer"),
        new("education-skills", "Education and skills", "education, vocational training, research cooperation, talent exchange"),
        new("cultural-heritage", "Culture and heritage", "culture, cultural heritage, tourism"),
        new("silver-economy", "Silver economy", "ageing society, silver economy, elderly care standards"),
        new("health-life-sciences", "Health and life sciences", "health care, biotechnology, life sciences, biomedicine, healthy city"),
        new("circular-economy", "Circular economy", "circular economy, waste, resource efficiency"),
        new("water", "Water", "water management, supply and treatment"),
        new("urban-planning", "Urban planning", "urban planning and regeneration, superblocks, tactical urbanism, public space, waterfronts"),
        new("green-infrastructure", "Green infrastructure", "green and blue infrastructure, parks, nature-based solutions"),
        new("industry-manufacturing", "Industry and manufacturing", "smart industry, manufacturing, automotive industry, industrial design"),
        new("climate-environment", "Climate and environment", "climate action, emissions, environmental protection"),
        new("housing", "Housing", "housing"),
        new("social-innovation", "Social innovation", "social innovation, inclusion, community participation"),
        new("agri-food", "Agri-food", "agriculture, food supply"),
        new("public-safety", "Public safety", "public security, crisis and health-threat response"),
        new("business-internationalisation", "Business internationalisation", "market entry, trade, business cooperation and investment promotion"),
    ];

    private static readonly Dictionary<string, Theme> ById = All.ToDictionary(t => t.Id);

    public static bool Exists(string id) => ById.ContainsKey(id);
    public static string NameOf(string id) => ById.TryGetValue(id, out var t) ? t.Name : id;
}
