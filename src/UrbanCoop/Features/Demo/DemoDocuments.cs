using UrbanCoop.Features.ActionPlans;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Documents;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.People;
using UrbanCoop.Features.PilotProjects;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Demo;

/// <summary>
/// The seed pages and the files they list, each with a short description of its own and links to the records it
/// mentions. Built after the first save, because links point at record ids.
/// </summary>
internal static class DemoDocuments
{
    private const string JulyPage = "seeds/000_c9864e9b9aac3eed.txt";
    private const string MissionPage = "seeds/001_93e333507f71666d.txt";

    public static IEnumerable<Document> Create(DemoData d)
    {
        var (p, o, people, x) = (d.Places, d.Organisations, d.People, d.Partnerships);
        var (mission, july) = (d.Mission, d.Liuzhou.InnovationDistrict);
        return
        [
            Page("Liuzhou-Barcelona Online Discussion on Innovation District", DocumentKind.News, new(2020, 7, 17), JulyPage,
                "News on the first online meeting of Barcelona and Liuzhou experts about Binjiang Smart Valley: the 22@ model, "
                + "Liudong's proposals, an agreed roadmap and a study to be made by Barcelona experts.",
                july, x.Liuzhou, d.Pilots.SmartDistrict, p.BinjiangSmartValley, people.Gandara, people.Martinez, people.Zhang,
                people.Wu, o.UrbanismInstitute, o.LiudongTechBureau, o.LiudongConstruction, o.LiudongInvestment, o.LiuzhouDrc),
            Listed(JulyPage, "IUC-Asia Online Meeting_Barcelona-Liuzhou_17 July_Agenda", "IUC-Asia Online Meeting Barcelona-Liuzhou 17 July Agenda",
                DocumentKind.Agenda, new(2020, 7, 17), "Running order of the 17 July 2020 meeting: opening by the IUC team, the 22@ "
                + "presentation, Liudong's collaboration proposals and closing remarks by Liuzhou's DRC.", july),
            Page("EU Smart Cities Mission to China", DocumentKind.News, new(2019, 6, 21), MissionPage,
                "Report on the June 2019 mission of Barcelona, Granada, Rome and Stuttgart Region to Chengdu and Liuzhou: site visits, "
                + "a forum at the Chengdu innovation fair, field visits in Liuzhou and MoUs.",
                mission.Mission, mission.ChengduForum, mission.LiuzhouForum, x.Liuzhou, p.Chengdu, p.Liuzhou),
            Listed(MissionPage, "20190621 Conference material_updated", "Conference material 21 June 2019", DocumentKind.Report,
                new(2019, 6, 21), "Updated collection of the mission's conference material.", mission.Mission),
            Listed(MissionPage, "Barcelona 22@_David Martinez", "Barcelona 22@ – David Martínez", DocumentKind.Presentation, null,
                "Barcelona's 22@ innovation district, presented to the Chinese partners.",
                mission.Mission, people.Martinez, o.UrbanismInstitute, p.Barcelona22),
            Listed(MissionPage, "FREE_Davide Astiaso in Chengdu", "FREE – Davide Astiaso in Chengdu", DocumentKind.Presentation,
                new(2019, 6, 10), "Coordinamento FREE's contribution to the Chengdu forum.", mission.ChengduForum, people.Astiaso, o.Free),
            Listed(MissionPage, "Rome _Sapienza University_Coordinamento FREE_Liuzhou_14-06-19",
                "Rome, Sapienza University and Coordinamento FREE in Liuzhou", DocumentKind.Presentation, new(2019, 6, 14),
                "Rome's research and energy partners presenting in Liuzhou.", mission.LiuzhouForum, o.Sapienza, o.Free, p.Rome),
            Listed(MissionPage, "Stuttgart Regio_Thomas Kiewitt", "Stuttgart Region – Thomas Kiewitt", DocumentKind.Presentation, null,
                "Stuttgart Region introduced to the Chinese partners.", mission.Mission, people.Kiewitt, o.StuttgartRegion),
            Listed(MissionPage, "Ludwigsburg_Michael Ilk", "Ludwigsburg – Michael Ilk", DocumentKind.Presentation, null,
                "Ludwigsburg's contribution to the mission.", mission.Mission, people.Ilk, o.Ludwigsburg),
            Listed(MissionPage, "Hanzhou ShuliangTech_Dai Zijun", "Hangzhou ShuliangTech – Dai Zijun", DocumentKind.Presentation, null,
                "A Hangzhou technology company presenting to the delegation.", mission.Mission, people.Dai, o.ShuliangTech),
            Listed(MissionPage, "Liudong New District", "Liudong New District", DocumentKind.Presentation, null,
                "Liudong New District, Liuzhou's pilot area, presented to the EU delegates.", mission.LiuzhouForum, o.Liudong, p.Liudong),
            Page("The Urban Cooperation Action Plan (UCAP) at a Glance – Liuzhou", DocumentKind.ActionPlan, null,
                "seeds/002_4fe85ce1a5e9a97f.txt", "One-page summary of the Liuzhou action plan: themes with SDGs and Urban Agenda "
                + "partnerships, meetings 2019-2020, 10 MoUs, expected results and contacts.",
                d.Plans.Liuzhou, x.Liuzhou, p.Liuzhou, d.Pilots.Hydrogen, d.Pilots.Incubator),
            Page("IUC Urban Cooperation Action Plan (U-CAP) Summary – Guangzhou", DocumentKind.ActionPlan, null,
                "seeds/004_ef836025d08bb27e.txt", "Summary of the Guangzhou action plan: four themes, activities 2019-2020 and "
                + "expected results such as a virtual design lab with Bologna. Its area figure for Guangzhou (1.24 km²) is implausible.",
                d.Plans.Guangzhou, x.Guangzhou, p.Guangzhou, d.Pilots.DesignLab, d.Pilots.HealthCluster),
            Page("Bari and Guangzhou Met to Explore Further Partnership and Cooperation", DocumentKind.News, new(2023, 3, 14),
                "seeds/003_d460559cb5967340.txt", "News on the March 2023 working session of Bari and GDD: waterfront revitalisation, "
                + "tactical urbanism, SME support and smart transport, with follow-up by the IURC team.",
                d.Guangzhou.BariSession, x.BariGdd, p.Bari, p.Gdd, p.ScienceCity, o.BariOpenInnovation, o.GddAdministration),
        ];
    }

    /// <summary>A file from a page's download list; <paramref name="label"/> is the name it is listed under.</summary>
    private static Document Listed(string page, string label, string title, DocumentKind kind, DateOnly? publishedOn, string text,
        params Record[] about)
    {
        var document = Page(title, kind, publishedOn, page, text, about);
        document.FileName = label;
        return document;
    }

    private static Document Page(string title, DocumentKind kind, DateOnly? publishedOn, string source, string text, params Record[] about)
    {
        if (about.Any(record => record.Id == 0)) throw new InvalidOperationException("Save the records before linking documents to them.");
        return new Document
        {
            Title = title, Kind = kind, Language = "en", PublishedOn = publishedOn, Source = source, Text = text,
            Links = [.. about.Select(record => new DocumentLink { RecordKind = KindOf(record), RecordId = record.Id })],
        };
    }

    private static RecordKind KindOf(Record record) => record switch
    {
        Programme => RecordKind.Programme,
        Place => RecordKind.Place,
        Partnership => RecordKind.Partnership,
        ActionPlan => RecordKind.ActionPlan,
        PilotProject => RecordKind.PilotProject,
        Activity => RecordKind.Activity,
        Organisation => RecordKind.Organisation,
        Person => RecordKind.Person,
        Agreement => RecordKind.Agreement,
        _ => throw new ArgumentException($"Documents cannot link to a {record.GetType().Name}.", nameof(record)),
    };
}
