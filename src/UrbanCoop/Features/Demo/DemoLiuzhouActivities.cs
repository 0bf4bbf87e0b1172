using UrbanCoop.Features.Activities;
using static UrbanCoop.Features.Demo.DemoActivityParts;
using static UrbanCoop.Features.Demo.DemoTime;

namespace UrbanCoop.Features.Demo;

/// <summary>The meetings of the Liuzhou pairing around the June 2019 mission, from its action plan and the July 2020 news.</summary>
internal sealed class DemoLiuzhouActivities
{
    private const string MonthOnly = " The source gives only the month.";

    public readonly Activity EuMeeting, RoundTable, Roadmap, Endorsement, Covid, Stakeholders, InnovationDistrict;

    public IEnumerable<Activity> All => [EuMeeting, RoundTable, Roadmap, Endorsement, Covid, Stakeholders, InnovationDistrict];

    public DemoLiuzhouActivities(DemoPlaces p, DemoOrganisations o, DemoPeople people, DemoPartnerships x)
    {
        EuMeeting = new Activity
        {
            Title = "Liuzhou delegation in the EU: first meeting in Brussels and Rome", Kind = ActivityKind.Meeting,
            Status = ActivityStatus.Held, Programme = x.Iuc, Partnership = x.Liuzhou, TimeZone = Belgium, AllDay = true,
            StartsAt = StartOfMonth(2019, 4, Belgium), EndsAt = EndOfMonth(2019, 4, Belgium),
            Summary = "Start of the cooperation: the Liuzhou delegation exchanged with the EU cities about possible projects, "
                + "including projects in Rome." + MonthOnly,
            Themes = ["smart-city"], Places = At(p.Brussels, p.Rome), Organisers = OrganisedBy(o.IucAsia),
            Participants = [Taking(o.LiuzhouGovernment, "Delegation")],
        };
        RoundTable = new Activity
        {
            Title = "Business round table on smart city", Kind = ActivityKind.RoundTable, Status = ActivityStatus.Held,
            Programme = x.Iuc, Partnership = x.Liuzhou, Parent = EuMeeting, TimeZone = Belgium, AllDay = true,
            StartsAt = EuMeeting.StartsAt, EndsAt = EuMeeting.EndsAt, ParticipantCount = 50,
            Summary = "Round table with more than 50 participants during the April 2019 meeting; the source names neither day nor city.",
            Themes = ["smart-city", "business-internationalisation"], Organisers = OrganisedBy(o.IucAsia),
        };
        Roadmap = new Activity
        {
            Title = "Third meeting in Liuzhou: defining the pilot projects", Kind = ActivityKind.Meeting, Status = ActivityStatus.Held,
            Programme = x.Iuc, Partnership = x.Liuzhou, TimeZone = China, AllDay = true,
            StartsAt = StartOfMonth(2019, 9, China), EndsAt = EndOfMonth(2019, 9, China),
            Summary = "EU city representatives back in Liuzhou to agree the pilot projects." + MonthOnly,
            Places = At(p.Liuzhou), Organisers = OrganisedBy(o.IucAsia), Participants = [Taking(o.LiuzhouDrc, "Host")],
            Outcomes = [Decision("Pilot projects, their stakeholders and responsibilities were set out in a road map.")],
        };
        Endorsement = new Activity
        {
            Title = "Fourth meeting in Barcelona, Stuttgart and Brussels: endorsement of the pilot projects", Kind = ActivityKind.Meeting,
            Status = ActivityStatus.Held, Programme = x.Iuc, Partnership = x.Liuzhou, TimeZone = Spain, AllDay = true,
            StartsAt = StartOfMonth(2019, 11, Spain), EndsAt = EndOfMonth(2019, 11, Spain),
            Summary = "Liuzhou delegation's second visit to the EU cities." + MonthOnly,
            Places = At(p.Barcelona, p.Stuttgart, p.Brussels), Organisers = OrganisedBy(o.IucAsia),
            Participants = [Taking(o.LiuzhouGovernment, "Delegation"), Taking(o.DgRegio, "Funder")],
            Outcomes = [Decision("DG REGIO endorsed the pilot projects of the Liuzhou action plan.")],
        };
        Covid = new Activity
        {
            Title = "Fifth meeting (online): COVID-19 response and pilot projects", Kind = ActivityKind.OnlineMeeting,
            Status = ActivityStatus.Held, Programme = x.Iuc, Partnership = x.Liuzhou, TimeZone = China, AllDay = true, Online = true,
            StartsAt = StartOfMonth(2020, 4, China), EndsAt = EndOfMonth(2020, 4, China),
            Summary = "Online meeting of the pairing during the pandemic." + MonthOnly,
            Themes = ["public-safety"], Places = At(p.Liuzhou), Organisers = OrganisedBy(o.IucAsia),
            Agenda = [Item("How urban and regional managers respond to the effects of COVID-19"), Item("Consolidating the pilot projects")],
            Outcomes = [NextStep("Move several activities from meetings in person to online exchanges while travel is restricted.")],
        };
        Stakeholders = new Activity
        {
            Title = "Online stakeholders meeting Liuzhou – Barcelona", Kind = ActivityKind.OnlineMeeting, Status = ActivityStatus.Held,
            Programme = x.Iuc, Partnership = x.Liuzhou, TimeZone = China, AllDay = true, Online = true,
            StartsAt = StartOfDay(2020, 5, 19, China), EndsAt = EndOfDay(2020, 5, 19, China),
            Summary = "Stakeholders of both cities prepare the cooperation on Binjiang Smart Valley.",
            Themes = ["urban-planning", "smart-city"], Places = At(p.Liuzhou, p.Barcelona), Organisers = OrganisedBy(o.IucAsia),
        };
        InnovationDistrict = new Activity
        {
            Title = "Liuzhou-Barcelona Online Discussion on Innovation District", Kind = ActivityKind.OnlineMeeting,
            Status = ActivityStatus.Held, Programme = x.Iuc, Partnership = x.Liuzhou, TimeZone = China, AllDay = true, Online = true,
            StartsAt = StartOfDay(2020, 7, 17, China), EndsAt = EndOfDay(2020, 7, 17, China), ParticipantCount = 15,
            Summary = "First virtual meeting of more than 15 experts of both cities, following the May stakeholders meeting, on "
                + "developing Binjiang Smart Valley, the science park Liuzhou chose as its pilot zone. The source gives \"17 July\" "
                + "without a year; 2020 follows from the April 2020 action plan it mentions.",
            Themes = ["urban-planning", "smart-city", "water", "energy-transition", "mobility", "industry-manufacturing", "education-skills"],
            Sdgs = [9, 11],
            Places = At(p.Liuzhou, p.Barcelona, p.BinjiangSmartValley), Organisers = OrganisedBy(o.IucAsia),
            Participants =
            [
                Speaker(people.Gandara, o.IucAsia), Speaker(people.Martinez, o.UrbanismInstitute), Speaker(people.Zhang, o.Liudong),
                Speaker(people.Wu, o.LiuzhouDrc),
                .. Taking("Presenter", o.LiudongTechBureau, o.LiudongConstruction, o.LiudongInvestment),
            ],
            Agenda =
            [
                Item("Opening remarks: exchanges since 2019 and Barcelona's action plan of April 2020", "Pablo Gándara (IUC team)"),
                Item("22@ Barcelona Innovation District and open questions of the action plan",
                    "David Martínez (Municipal Institute of Urbanism Barcelona)"),
                Item("Liudong's wish to deepen EU-China cooperation around Binjiang Smart Valley", "ZHANG Jincheng (Liudong New District)"),
                Item("Collaboration proposals of the Liudong bureaus for the science park",
                    "Liudong bureaus for technology & big data, construction & environmental protection, investment promotion"),
                Item("Closing remarks", "WU Wenneng (Liuzhou Development and Reform Commission)"),
            ],
            Outcomes =
            [
                Decision("Consolidate the roadmap on smart industry, water management, energy efficiency, smart mobility, and industry "
                    + "and talent exchange."),
                Study("Barcelona experts start a study specifying the cooperation in a district block chosen by Liudong New District."),
            ],
        };
    }
}
