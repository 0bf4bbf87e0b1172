namespace UrbanCoop.Features.Intake.Extraction;

/// <summary>Closed word classes the finders lean on: what heads an organisation name, what names a role, what is generic.</summary>
internal static class Words
{
    public static readonly Dictionary<string, string> OrganisationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Bureau"] = "public-authority", ["Department"] = "public-authority", ["Commission"] = "public-authority",
        ["Government"] = "public-authority", ["Council"] = "public-authority", ["Ministry"] = "public-authority",
        ["Administration"] = "public-authority", ["Authority"] = "public-authority", ["Municipality"] = "public-authority",
        ["Directorate"] = "public-authority", ["Division"] = "public-authority", ["Office"] = "public-authority",
        ["Agency"] = "public-authority", ["Committee"] = "public-authority", ["Secretariat"] = "public-authority",
        ["University"] = "education", ["College"] = "education", ["School"] = "education", ["Academy"] = "education",
        ["Institute"] = "research", ["Institution"] = "research", ["Lab"] = "research", ["Laboratory"] = "research",
        ["Group"] = "business", ["Company"] = "business", ["Corporation"] = "business", ["Corp"] = "business", ["Ltd"] = "business",
        ["Inc"] = "business", ["GmbH"] = "business", ["SpA"] = "business", ["Plant"] = "business", ["Bank"] = "business",
        ["Hospital"] = "other", ["Hall"] = "other", ["Museum"] = "other", ["Center"] = "other", ["Centre"] = "other",
        ["Incubator"] = "business", ["Association"] = "civil-society", ["Foundation"] = "civil-society",
        ["Federation"] = "civil-society", ["Chamber"] = "civil-society", ["Society"] = "civil-society", ["Network"] = "civil-society",
        ["Consortium"] = "business", ["Organisation"] = "other", ["Organization"] = "other",
    };

    public static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Director", "Directors", "Chief", "Deputy", "Head", "Manager", "Mayor", "Vice", "President", "Secretary", "Minister",
        "Officer", "Coordinator", "Chairman", "Chair", "Chairwoman", "Counsellor", "Councillor", "Advisor", "Adviser",
        "Governor", "Representative", "Expert", "Professor", "Consultant", "Leader", "Commissioner", "Ambassador",
        "Consul", "Specialist", "Founder", "CEO", "CTO", "Managing", "General", "Executive", "Section", "Team",
    };

    /// <summary>Words that name a kind of area rather than a particular one ("Innovation District", "Smart Energy District").</summary>
    public static readonly HashSet<string> GenericArea = new(StringComparer.OrdinalIgnoreCase)
    {
        "Innovation", "Innovative", "Smart", "Energy", "New", "Science", "Scientific", "Technology", "Technological", "High-Tech",
        "Hi-Tech", "Development", "Economic", "Industrial", "Business", "Green", "Eco", "Digital", "Creative", "Cultural",
        "Financial", "Central", "Free", "Trade", "International", "Pilot", "Pocket", "Special", "Demonstration", "Open",
        "Urban", "Old", "Historic", "Enterprise", "Knowledge", "Research", "Tech", "City", "Local", "Public", "Startup",
        "Start-up", "Logistics", "Port", "Export", "Processing", "Tourism", "Tourist", "Residential", "Commercial", "Each",
    };

    /// <summary>Capitalised words that start sentences or headings and are never part of a name.</summary>
    public static readonly HashSet<string> LeadingNoise = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "In", "At", "To", "Of", "From", "Both", "Visit", "Visits", "Support", "This", "That", "These", "Its",
        "Their", "Our", "And", "With", "For", "On", "By", "As", "Further", "Furthermore", "Lastly", "Regarding", "Summing",
        "During", "After", "Before", "Since", "Several", "Other", "All", "Each", "Between", "Including", "Incl", "Via",
    };

    /// <summary>Heads that are also common family names ("Ronald Hall").</summary>
    public static readonly HashSet<string> SurnameLikeHeads = new(StringComparer.Ordinal) { "Hall", "Bank", "Banks", "Chambers" };

    /// <summary>Parts of presentation-file names that are not names: "_Agenda", "_updated", "material".</summary>
    public static readonly HashSet<string> FileDebris = new(StringComparer.OrdinalIgnoreCase)
    {
        "agenda", "material", "materials", "updated", "update", "final", "draft", "minutes", "slides", "presentation", "presentations",
        "programme", "program", "photos", "photo", "video", "pdf", "ppt", "pptx", "docx", "version", "v1", "v2", "copy", "summary",
    };

    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "&", "for", "the", "de", "del", "di", "der", "für", "y", "e" };
}
