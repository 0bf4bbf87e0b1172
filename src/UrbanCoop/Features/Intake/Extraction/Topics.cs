using System.Text.RegularExpressions;

namespace UrbanCoop.Features.Intake.Extraction;

/// <summary>
/// Themes from the contract's vocabulary, SDGs the document cites ("SDG 9&amp;11", "SGD 4", "SDG3") and EU Urban
/// Agenda partnerships it cites ("EU UP Urban Mobility", "EU Urban Partnership Energy Transition"). Citations and
/// organisation names are masked before themes are read, so that "EU UP Housing" or "Bureau of Investment
/// Promotion" do not count as themes of the document.
/// </summary>
public static partial class Topics
{
    private static readonly (string Id, Regex Pattern)[] Themes =
    [
        ("smart-city", Words(@"smart cit(y|ies)|digital(isation|ization)?|digital transition|data platforms?|big data|5g|digital twins?|visuali[sz]ation tools?|smart district|data collection|internet of things|iot")),
        ("energy-transition", Words(@"smart energy|energy efficien(t|cy)|renewable energ(y|ies)|hydrogen energy|energy transition|clean energy|solar|photovoltaics?|energy saving|energy areas?")),
        ("mobility", Words(@"(smart|sustainable|urban|green) (mobility|transport(ation)?)|mobility|transport(ation)?( system)?|electric vehicles?|hydrogen vehicles?|autonomous vehicles?|self-driving|urban air mobility|new energy vehicles?|public transport")),
        ("innovation-startups", Words(@"innovation (district|cent(er|re)s?|hubs?)|incubat(or|ors|ion)|start-?ups?|smes?|sme acceleration|technology (transfer|innovation)|science parks?|entrepreneurship|accelerat(or|ing) (the growth of )?smes")),
        ("education-skills", Words(@"education(al)?|vocational|(vocational|skills|professional) training|training courses|research cooperation|joint research|talent exchange|universit(y|ies) education|research programs?")),
        ("cultural-heritage", Words(@"cultural heritage|culture|tourism|heritage")),
        ("silver-economy", Words(@"silver economy|ageing|aging society|elderly( care)?")),
        ("health-life-sciences", Words(@"health ?care|biotech(nology)?|bio-tech|life sciences|biomedic(ine|al)|healthy cit(y|ies)|health services|health technology")),
        ("circular-economy", Words(@"circular economy|waste( management)?|resource efficiency|recycling")),
        ("water", Words(@"water (management|supply|treatment)|wastewater|drinking water|sponge cit(y|ies)|flood")),
        ("urban-planning", Words(@"urban (planning|regeneration|renewal|design)|super ?blocks?|tactical urban(ism| planning)?|public spaces?|waterfronts?|urbanism|urban quality")),
        ("green-infrastructure", Words(@"green (and blue )?infrastructure|blue infrastructure|nature-based solutions?|green (open )?spaces?|urban green|(urban|city|public) parks")),
        ("industry-manufacturing", Words(@"smart industry|manufacturing|automotive( industry)?|automobile industry|industrial design|industry 4\.0")),
        ("climate-environment", Words(@"climate (action|change|neutral(ity)?)|emissions?|environmental protection|carbon|low-carbon")),
        ("housing", Words(@"housing|affordable homes")),
        ("social-innovation", Words(@"social innovation|social inclusion|inclusion|community participation|social cohesion")),
        ("agri-food", Words(@"agri-?food|agriculture|food supply|food")),
        ("public-safety", Words(@"public security|public safety|health threats?|crisis (management|response)|emergency response")),
        ("business-internationalisation", Words(@"market entry|trade|business cooperation|investment promotion|business matching|matchmaking")),
    ];

    private static readonly (string Id, Regex Pattern)[] Partnerships =
    [
        ("air-quality", Words("air quality")),
        ("circular-economy", Words("circular economy")),
        ("climate-adaptation", Words("climate adaptation")),
        ("culture-cultural-heritage", Words(@"culture\s*(/|and|&)?\s*cultural heritage|cultural heritage|culture")),
        ("digital-transition", Words("digital transition")),
        ("energy-transition", Words("energy transition")),
        ("inclusion-migrants-refugees", Words("inclusion of migrants( and refugees)?|migrants")),
        ("public-procurement", Words("public procurement")),
        ("jobs-skills-local-economy", Words(@"jobs\s*(and|&)\s*skills( in the local economy)?")),
        ("housing", Words("housing")),
        ("sustainable-land-use", Words(@"sustainable (use of )?land( use)?|land use")),
        ("urban-mobility", Words("urban mobility")),
        ("urban-poverty", Words("urban poverty")),
        ("security-public-spaces", Words("security in public spaces")),
    ];

    public static List<int> Sdgs(string text)
    {
        var found = new SortedSet<int>();
        foreach (Match m in SdgCitation().Matches(text))
            foreach (Capture c in m.Groups["n"].Captures)
                if (int.TryParse(c.Value, out var n) && n is >= 1 and <= 17) found.Add(n);
        return [.. found];
    }

    public static List<string> UrbanAgendaPartnerships(string text)
    {
        var found = new List<string>();
        foreach (Match m in UrbanAgendaCitation().Matches(text))
        {
            var cited = m.Groups["name"].Value;
            var hit = Partnerships.FirstOrDefault(p => p.Pattern.Match(cited) is { Success: true, Index: 0 });
            if (hit.Id is not null && !found.Contains(hit.Id)) found.Add(hit.Id);
        }
        return found;
    }

    public static List<string> ThemesOf(string text, IEnumerable<string> organisationNames)
    {
        var masked = UrbanAgendaCitation().Replace(text, " ");
        foreach (var name in organisationNames.OrderByDescending(n => n.Length))
            masked = masked.Replace(name, " ", StringComparison.Ordinal);
        masked = masked.Replace('’', '\'').Replace("'s ", " ");
        return [.. Themes.Where(t => t.Pattern.IsMatch(masked)).Select(t => t.Id)];
    }

    private static Regex Words(string alternatives) => new($@"\b(?:{alternatives})\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    [GeneratedRegex(@"\b(?:SDG|SGD)s?\s*(?:#|no\.?\s*)?(?<n>\d{1,2})(?:\s*(?:&|and|,|/)\s*(?:(?:SDG|SGD)\s*)?(?<n>\d{1,2})(?!\d))*", RegexOptions.IgnoreCase)]
    private static partial Regex SdgCitation();
    private static readonly Lazy<Regex> Citation = new(() => new Regex(
        @"\bEU\s+(?:(?:Urban\s+(?:Agenda\s+)?Partnerships?|UP|UA)(?:\s*\(UP\))?\s+(?:on\s+)?)?(?<name>"
        + string.Join('|', Partnerships.Select(p => p.Pattern.ToString())) + ")",
        RegexOptions.IgnoreCase | RegexOptions.Compiled));

    /// <summary>"EU UP Urban Mobility", "EU Urban Partnership (UP) Energy Transition", "EU Housing": a marker, then a partnership's name.</summary>
    private static Regex UrbanAgendaCitation() => Citation.Value;
}
