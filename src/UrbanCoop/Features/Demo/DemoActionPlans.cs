using UrbanCoop.Features.ActionPlans;

namespace UrbanCoop.Features.Demo;

/// <summary>The two IUC action plans, summarised from their "at a glance" tables; SDG and Urban Agenda references as the tables cite them.</summary>
internal sealed class DemoActionPlans(DemoPartnerships partnerships)
{
    public readonly ActionPlan Liuzhou = ForLiuzhou(partnerships), Guangzhou = ForGuangzhou(partnerships);

    public IEnumerable<ActionPlan> All => [Liuzhou, Guangzhou];

    private static ActionPlan ForLiuzhou(DemoPartnerships p) => new()
    {
        Partnership = p.Liuzhou, Title = "Urban Cooperation Action Plan Liuzhou – Barcelona, Granada, Rome, Stuttgart Region, Mannheim",
        VersionNumber = 1, Status = ActionPlanStatus.Endorsed, EndorsedOn = DemoTime.FirstOf(2019, 11),
        KeyFocus = "Smart districts, smart energy and mobility for Liudong New District, complemented by start-ups, education, "
            + "cultural heritage, silver economy and life sciences.",
        KeyChallenges = "Opening EU cities towards China and Liuzhou towards the EU; helping EU companies enter the Chinese market in "
            + "fields of sustainable urban development; involving public authorities, business and research together (triple helix).",
        MainObjective = "Start concrete cooperation projects in the plan's themes and grow them into thematic networks through cluster "
            + "action plans.",
        ActivitiesAndOutputs = """
            April 2019, Brussels and Rome: Liuzhou delegation in the EU to start the projects; business round table on smart city (50+ participants).
            June 2019, Liuzhou: exchange on possible projects in Liuzhou; Liuzhou-EU Business Cooperation Forum (100+ participants).
            September 2019, Liuzhou: pilot projects, stakeholders and responsibilities fixed in a road map.
            November 2019, Barcelona, Stuttgart and Brussels: DG REGIO endorses the pilot projects.
            April 2020, online: how urban and regional managers respond to COVID-19; consolidating the pilot projects.
            Liuzhou entities have signed 10 MoUs with stakeholders from the EU pilot cities; more work moves online where needed.
            """,
        ExpectedResults = "The smart city, smart energy and mobility approaches of Rome, Barcelona, Granada and Stuttgart Region support "
            + "the infrastructure and management of Liudong New District and the Northern Ecological District.",
        Contacts = "Liuzhou: Mr WU Wenneng (DRC Liuzhou, Regional Affairs Division). EU cities: Ms Bettina Stollar (Barcelona), "
            + "Mr Marino Cavallo (Bologna), Mr Francisco Aranda and Mr Francisco Benítez (Granada), Mr Patrick Maurelli (Rome), "
            + "Mr Frieder Oesterle (Stuttgart Region), Mr David Linse (Mannheim). IUC Asia: Mr Pablo Gándara, Ms WANG Qian, Ms JIN Jingnan.",
        Themes =
        [
            Theme("Smart Energy District", "energy-transition", "Support to Liudong New District.", [7], "energy-transition"),
            Theme("Smart City / Mobility", "smart-city", "Digital and visualisation tools for urban planning; infrastructure for hydrogen vehicles.",
                [9, 11], "urban-mobility", "digital-transition"),
            Theme("Start-ups", "innovation-startups", "Liuzhou Technology Innovation Center / open incubator with the EU cities.",
                [9], "jobs-skills-local-economy"),
            Theme("Education and Training", "education-skills", "Joint research and vocational training courses.", [4], "jobs-skills-local-economy"),
            Theme("Cultural Heritage", "cultural-heritage", "Sharing methods and techniques through pilot actions.", [11],
                "culture-cultural-heritage"),
            Theme("Silver Economy", "silver-economy", "Applying district standards developed in Rome.", [11], "housing"),
            Theme("Biotechnology & Life Sciences", "health-life-sciences", "Cluster-to-cluster cooperation on health services.", [3], "housing"),
        ],
    };

    private static ActionPlan ForGuangzhou(DemoPartnerships p) => new()
    {
        Partnership = p.Guangzhou, Title = "Urban Cooperation Action Plan Guangzhou – Barcelona, Bologna, Granada, Stuttgart, Rome",
        VersionNumber = 1, Status = ActionPlanStatus.Endorsed,
        KeyFocus = "Industrial design: a bilateral platform for SMEs and start-ups with training and incubation. Life sciences and "
            + "healthy city: cooperation models and pilot or demonstration projects. Education: joint university teaching and research.",
        KeyChallenges = "Opening Guangzhou Development District towards European cities and back; helping EU companies enter the "
            + "Guangzhou market in sustainable urban development; involving authorities, business and research (triple helix).",
        MainObjective = "Start concrete cooperation projects in the plan's themes and grow them into thematic networks through cluster "
            + "action plans.",
        ActivitiesAndOutputs = """
            April 2019, Brussels: meetings with the EU cities at the EU-China High Level Seminar on Regional Policy; themes and partners for pilots.
            September 2019, Guangzhou: EU city representatives co-organise the Sino-EU Characteristic Town Cooperation Forum.
            January 2020: IUC team visits Guangzhou Development District and Nansha to discuss the pilot project.
            March 2020, online: Guangzhou shares its COVID-19 containment experience in a discussion on public security and health threats.
            May 2020, online: Bologna and Guangzhou prepare the Industrial Design Cooperation project with the University of Bologna.
            """,
        ExpectedResults = """
            MoUs with Granada, Rome and Barcelona on biotechnology and health technology.
            Joint projects, mutual visits and a co-hosted international health care forum with Granada, Rome and Barcelona.
            A Virtual Industry Design Lab with the University of Bologna and online matching events.
            Possibly a China-Europe health care cluster in GDD, building on Bio-tech Island and an earlier link with a Barcelona hospital.
            Joint R&D centres in GDD, e.g. high-end manufacturing with Mannheim and Stuttgart, digital economy with Manchester.
            """,
        Contacts = "IUC Asia office (address in the source U-CAP summary).",
        Themes =
        [
            Theme("Smart City & Digital Transition", "smart-city",
                "Guangzhou stakeholders join EU R&D institutions in joint programmes or platforms.", [9]),
            Theme("Health Care and Biotechnology", "health-life-sciences",
                "EU institutions and biotech companies expand their business in China.", [3]),
            Theme("Culture, Tourism and Education", "education-skills", "Joint vocational education with local manufacturers.", [4]),
            Theme("Circular Economy & Energy Transition", "energy-transition", "Joint R&D on hydrogen energy for new energy vehicles.",
                [7], "energy-transition"),
        ],
    };

    private static ActionPlanTheme Theme(string title, string themeId, string description, int[] sdgs, params string[] urbanAgenda) =>
        new() { Title = title, ThemeId = themeId, Description = description, Sdgs = [.. sdgs], UrbanAgenda = [.. urbanAgenda] };
}
