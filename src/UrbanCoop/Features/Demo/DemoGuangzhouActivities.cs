using UrbanCoop.Features.Activities;
using static UrbanCoop.Features.Demo.DemoActivityParts;
using static UrbanCoop.Features.Demo.DemoTime;

namespace UrbanCoop.Features.Demo;

/// <summary>Activities of the Guangzhou pairing (IUC, from its U-CAP summary) and the Bari – GDD working session (IURC).</summary>
internal sealed class DemoGuangzhouActivities
{
    private const string MonthOnly = " The source gives only the month.";

    public readonly Activity Seminar, TownForum, TeamVisit, HealthThreats, IndustrialDesign, BariSession;

    public IEnumerable<Activity> All => [Seminar, TownForum, TeamVisit, HealthThreats, IndustrialDesign, BariSession];

    public DemoGuangzhouActivities(DemoPlaces p, DemoOrganisations o, DemoPartnerships x)
    {
        Seminar = new Activity
        {
            Title = "EU-China High Level Seminar on Regional Policy", Kind = ActivityKind.Conference, Status = ActivityStatus.Held,
            Programme = x.Iuc, Partnership = x.Guangzhou, TimeZone = Belgium, AllDay = true,
            StartsAt = StartOfMonth(2019, 4, Belgium), EndsAt = EndOfMonth(2019, 4, Belgium),
            Summary = "Guangzhou mission to Brussels with meetings of the European partner cities: themes and the mix of stakeholders "
                + "for pilots and cooperation models." + MonthOnly,
            Places = At(p.Brussels), Participants = [Taking(o.GuangzhouGovernment, "Delegation")],
        };
        TownForum = new Activity
        {
            Title = "Sino-EU Characteristic Town Cooperation Forum", Kind = ActivityKind.Forum, Status = ActivityStatus.Held,
            Programme = x.Iuc, Partnership = x.Guangzhou, TimeZone = China, AllDay = true,
            StartsAt = StartOfMonth(2019, 9, China), EndsAt = EndOfMonth(2019, 9, China),
            Summary = "Representatives of the EU cities visited Guangzhou and co-organised the forum." + MonthOnly,
            Themes = ["urban-planning", "business-internationalisation"], Places = At(p.Guangzhou), Organisers = OrganisedBy(o.IucAsia),
        };
        TeamVisit = new Activity
        {
            Title = "IUC team visit to Guangzhou Development District and Nansha", Kind = ActivityKind.Meeting,
            Status = ActivityStatus.Held, Programme = x.Iuc, Partnership = x.Guangzhou, TimeZone = China, AllDay = true,
            StartsAt = StartOfMonth(2020, 1, China), EndsAt = EndOfMonth(2020, 1, China),
            Summary = "The programme team met GDD and Nansha to exchange on the pilot project." + MonthOnly,
            Places = At(p.Gdd, p.Nansha),
            Participants = [Taking(o.IucAsia, "Visiting team"), Taking(o.GddAdministration, "Host"), Taking(o.NanshaAdministration, "Host")],
        };
        HealthThreats = new Activity
        {
            Title = "Online discussion on public security and cross-border health threats", Kind = ActivityKind.OnlineMeeting,
            Status = ActivityStatus.Held, Programme = x.Iuc, Partnership = x.Guangzhou, TimeZone = China, AllDay = true, Online = true,
            StartsAt = StartOfMonth(2020, 3, China), EndsAt = EndOfMonth(2020, 3, China),
            Summary = "Guangzhou told how it contained COVID-19." + MonthOnly,
            Themes = ["public-safety", "health-life-sciences"], Sdgs = [3],
            Participants = [Taking(o.GuangzhouGovernment, "Presenter")],
        };
        IndustrialDesign = new Activity
        {
            Title = "Online meeting Bologna – Guangzhou on industrial design cooperation", Kind = ActivityKind.OnlineMeeting,
            Status = ActivityStatus.Held, Programme = x.Iuc, Partnership = x.Guangzhou, TimeZone = China, AllDay = true, Online = true,
            StartsAt = StartOfMonth(2020, 5, China), EndsAt = EndOfMonth(2020, 5, China),
            Summary = "Developing the Industrial Design Cooperation project with Bologna's creativity cluster and the University of "
                + "Bologna." + MonthOnly,
            Themes = ["industry-manufacturing", "innovation-startups", "education-skills"], Sdgs = [4, 9],
            Places = At(p.Bologna, p.Guangzhou),
            Participants = [Taking(o.BolognaUniversity, "Partner"), Taking(o.BolognaMetro, "Partner"), Taking(o.GddAdministration, "Partner")],
            Outcomes = [NextStep("Set up a Virtual Industry Design Lab and co-organise online matching events.")],
        };
        BariSession = new Activity
        {
            Title = "Bari – Guangzhou Development District working session", Kind = ActivityKind.WorkingSession,
            Status = ActivityStatus.Held, Programme = x.Iurc, Partnership = x.BariGdd, TimeZone = Italy, AllDay = true,
            StartsAt = StartOfDay(2023, 3, 14, Italy), EndsAt = EndOfDay(2023, 3, 14, Italy),
            Summary = "Officials and experts of the twin cities compared their work on sustainable urban development and social "
                + "innovation. The source does not say whether the session was held online or where.",
            Themes = ["urban-planning", "green-infrastructure", "mobility", "innovation-startups", "social-innovation", "agri-food"],
            Places = At(p.Bari, p.Gdd), Organisers = OrganisedBy(o.IurcTeam),
            Participants =
            [
                Taking(o.Bari, "Presenter"), Taking(o.BariOpenInnovation, "Presenter"), Taking(o.GddAdministration, "Presenter"),
            ],
            Agenda =
            [
                Item("Liveable cities: Bari's Waterfront Area Revitalization and GDD's Guangzhou Science City"),
                Item("Tactical urban planning in Bari and GDD's Pocket Park programme"),
                Item("Accelerating SMEs: Bari Open Innovation Center and GDD's support measures"),
                Item("Smart transport: autonomous vehicles, 5G and urban air mobility"),
            ],
            Outcomes =
            [
                Note("GDD is interested in adapting Bari's tactical urban planning to its Pocket Park development."),
                NextStep("Explore a partnership on smart mobility, tactical urban planning, agri-food supply and SME acceleration."),
                NextStep("The IURC team follows up with each city to consolidate the pilot areas."),
            ],
        };
    }
}
