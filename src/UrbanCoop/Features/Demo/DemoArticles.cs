using UrbanCoop.Features.Documents;
using UrbanCoop.Features.Knowledge.Articles;

namespace UrbanCoop.Features.Demo;

/// <summary>
/// Knowledge articles written for the demo (illustrative text, not taken from the seeds), linked to the
/// demo records they discuss; one is a draft that only signed-in accounts see.
/// </summary>
internal static class DemoArticles
{
    public static IEnumerable<Article> Create(DemoData d) =>
    [
        new()
        {
            Title = "Hydrogen buses in Liuzhou: lessons for the refuelling network", Kind = ArticleKind.CaseStudy, Language = "en",
            PublishedOn = new DateOnly(2021, 3, 15), Published = true, Themes = ["mobility", "energy-transition"], Sdgs = [7, 11, 13],
            Body = """
                Liuzhou, the car-making city of Guangxi, tested **hydrogen buses** on two urban lines while it planned the refuelling
                infrastructure for hydrogen vehicles, one of the pilot projects of its cooperation with the EU cities.

                ## What worked
                - Fuel-cell buses kept the timetable in summer heat and on the hilly eastern routes.
                - Depot refuelling at night kept the station small.

                ## What to watch
                The price of green hydrogen decides the running cost; Stuttgart Region shared its experience with regional bus fleets.
                """,
            Links = [Link(RecordKind.Place, d.Places.Liuzhou.Id), Link(RecordKind.PilotProject, d.Pilots.Hydrogen.Id),
                Link(RecordKind.Partnership, d.Partnerships.Liuzhou.Id)],
        },
        new()
        {
            Title = "Superblocks: how Barcelona gives streets back to people", Kind = ArticleKind.BestPractice, Language = "en",
            PublishedOn = new DateOnly(2020, 11, 2), Published = true, Themes = ["urban-planning", "mobility"], Sdgs = [3, 11],
            Body = """
                A superblock groups nine city blocks; through traffic goes around it and the inner streets become squares, play areas
                and green space. Barcelona presented the model to its Chinese partner cities as tactical urbanism: paint, planters and
                benches first, construction later.

                Guangzhou and Liuzhou delegations visited the Poblenou superblock during the exchange.
                """,
            Links = [Link(RecordKind.Place, d.Places.Barcelona.Id), Link(RecordKind.Organisation, d.Organisations.BarcelonaCouncil.Id)],
        },
        new()
        {
            Title = "健康城市合作：广州与格拉纳达签署谅解备忘录", Kind = ArticleKind.News, Language = "zh",
            PublishedOn = new DateOnly(2019, 11, 20), Published = true, Themes = ["health-life-sciences"], Sdgs = [3],
            Body = """
                广州开发区与格拉纳达在生物技术和健康科技领域加强合作。双方计划在2019年签署谅解备忘录（MoU），推动健康产业集群发展。
                """,
            Links = [Link(RecordKind.Place, d.Places.Guangzhou.Id), Link(RecordKind.Place, d.Places.Granada.Id)],
        },
        new()
        {
            Title = "Health MoU 2019: Guangzhou Development District and Granada", Kind = ArticleKind.News, Language = "en",
            PublishedOn = new DateOnly(2019, 11, 21), Published = true, Themes = ["health-life-sciences"], Sdgs = [3, 17],
            Body = """
                The Guangzhou Development District and Granada prepared a memorandum of understanding (MoU) on biotechnology and
                health technology in 2019, a first step towards the China-Europe health care cluster.
                """,
            Links = [Link(RecordKind.Place, d.Places.Gdd.Id), Link(RecordKind.Place, d.Places.Granada.Id)],
        },
        new()
        {
            Title = "Vocational training exchange between Liuzhou and Stuttgart Region", Kind = ArticleKind.BestPractice, Language = "en",
            PublishedOn = new DateOnly(2020, 6, 10), Published = true, Themes = ["education-skills", "industry-manufacturing"], Sdgs = [4, 8],
            Body = """
                Dual vocational training, with apprentices learning in a company and at a college, was the subject of an online
                exchange between Liuzhou Vocational & Technical College and training providers of Stuttgart Region.
                """,
            Links = [Link(RecordKind.Organisation, d.Organisations.VocationalCollege.Id), Link(RecordKind.Place, d.Places.StuttgartRegion.Id)],
        },
        new()
        {
            Title = "Draft: wastewater reuse in Bari industrial parks", Kind = ArticleKind.CaseStudy, Language = "en",
            Published = false, Themes = ["water", "circular-economy"], Sdgs = [6, 12],
            Body = "Notes for a case study on treated wastewater for the cooling towers of the industrial area; not yet reviewed.",
            Links = [Link(RecordKind.Place, d.Places.Bari.Id)],
        },
    ];

    private static ArticleLink Link(RecordKind kind, int id) => new() { RecordKind = kind, RecordId = id };
}
