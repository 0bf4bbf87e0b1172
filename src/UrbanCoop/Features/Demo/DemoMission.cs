using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Places;
using static UrbanCoop.Features.Demo.DemoActivityParts;
using static UrbanCoop.Features.Demo.DemoTime;

namespace UrbanCoop.Features.Demo;

/// <summary>
/// The EU Smart Cities Mission to China, 9–15 June 2019: Chengdu, then Liuzhou. The source dates only the whole mission;
/// the Chengdu days follow its "first day / second day" wording and the Liuzhou forum the date on a presentation file.
/// </summary>
internal sealed class DemoMission
{
    public readonly Activity Mission, ChengduForum, LiuzhouForum;
    private readonly List<Activity> all = [];
    public IReadOnlyList<Activity> All => all;

    public DemoMission(DemoPlaces p, DemoOrganisations o, DemoPeople people, DemoPartnerships x)
    {
        Mission = new Activity
        {
            Title = "EU Smart Cities Mission to China", Kind = ActivityKind.Mission, Status = ActivityStatus.Held,
            Programme = x.Iuc, Partnership = x.Liuzhou, TimeZone = China, AllDay = true,
            StartsAt = StartOfDay(2019, 6, 9, China), EndsAt = EndOfDay(2019, 6, 15, China),
            Summary = "First city-to-city mission of the IUC cities in 2019, following their meeting in the EU in April. Delegates of "
                + "Barcelona, Granada, Rome and Stuttgart Region (with Ludwigsburg) met authorities, companies and researchers in Chengdu "
                + "and Liuzhou, visited high-tech zones and industrial parks, and took part in matchmaking. The smart city and energy "
                + "cluster set the focus; in Liuzhou also manufacturing (above all cars), renewable energy, technology innovation and "
                + "vocational education. The results feed the cities' action plans.",
            Themes = ["smart-city", "energy-transition", "industry-manufacturing", "innovation-startups", "education-skills"],
            Sdgs = [7, 9, 11],
            Places = At(p.Chengdu, p.Liuzhou),
            Organisers = OrganisedBy(o.IucAsia),
            Participants =
            [
                .. Taking("Delegation", o.BarcelonaCouncil, o.Granada, o.RomeCapital, o.StuttgartRegion, o.Ludwigsburg),
                Speaker(people.Martinez, o.UrbanismInstitute), Speaker(people.Ilk, o.Ludwigsburg),
                Speaker(people.Kiewitt, o.StuttgartRegion), Speaker(people.Carr), Speaker(people.Hall),
                Speaker(people.Dai, o.ShuliangTech),
            ],
        };
        all.Add(Mission);

        Child("Site visit: Jingronghui high-tech business incubation plaza", ActivityKind.SiteVisit, 9, 9, p.ChengduHighTech,
            "Jingronghui, Chengdu High-Tech Zone", host: o.Jingronghui);
        Child("Site visit: Science City Planning Hall and Xinglong Lake", ActivityKind.SiteVisit, 9, 9, p.TianfuNewArea,
            "Science City Planning Hall; Xinglong Lake");
        Child("Site visit: Chengdu Energy Internet Institute of Tsinghua University", ActivityKind.SiteVisit, 9, 9, p.Chengdu,
            "Chengdu Energy Internet Institute of Tsinghua University", host: o.EnergyInternetInstitute);

        ChengduForum = Child("EU-China forum on smart city and innovation", ActivityKind.Forum, 10, 10, p.Chengdu,
            "Side event of the Chengdu Global Innovation and Entrepreneurship Fair (GIEF)");
        ChengduForum.Summary = "Forum for the EU delegates with representatives of more than 10 Chinese cities and about 50 companies "
            + "and research institutes, held as a side event of the GIEF. The source counts organisations, not people.";
        ChengduForum.Themes = ["smart-city", "innovation-startups"];
        ChengduForum.Agenda =
        [
            Item("Panel 1: sectors of EU-China urban cooperation"),
            Item("Panel 2: cooperation projects"),
            Item("Panel 3: innovative actors among the stakeholders"),
        ];
        ChengduForum.Participants.Add(Speaker(people.Astiaso, o.Free));

        LiuzhouForum = Child("Liuzhou-EU Business Cooperation Forum", ActivityKind.Forum, 14, 14, p.Liuzhou, null);
        LiuzhouForum.ParticipantCount = 100;
        LiuzhouForum.Summary = "Business forum of the mission's Liuzhou stage with more than 100 participants, where Liuzhou "
            + "authorities, companies and colleges and the EU side presented themselves.";
        LiuzhouForum.Themes = ["smart-city", "industry-manufacturing", "education-skills", "business-internationalisation"];
        LiuzhouForum.Participants.AddRange(Taking("Presenter", o.Sapienza, o.Free, o.LiuzhouGovernment, o.BigDataBureau,
            o.IndustryBureau, o.EducationBureau, o.Liudong, o.LiudongPark, o.NorthernDistrict, o.Gxust, o.LiuGong,
            o.VocationalCollege, o.Uaes));

        const string DayUnknown = "The source does not give the day within the Liuzhou stage.";
        Child("Site visit: Liudong New District", ActivityKind.SiteVisit, 11, 15, p.Liudong, null, o.Liudong).Summary = DayUnknown;
        Child("Site visit: Northern Ecological New District", ActivityKind.SiteVisit, 11, 15, p.NorthernEcologicalDistrict, null,
            o.NorthernDistrict).Summary = DayUnknown;
    }

    private Activity Child(string title, ActivityKind kind, int firstDay, int lastDay, Place place, string? venue,
        Organisation? host = null)
    {
        var activity = new Activity
        {
            Title = title, Kind = kind, Status = ActivityStatus.Held, Programme = Mission.Programme, Partnership = Mission.Partnership,
            Parent = Mission, TimeZone = China, AllDay = true, Venue = venue,
            StartsAt = StartOfDay(2019, 6, firstDay, China), EndsAt = EndOfDay(2019, 6, lastDay, China),
            Places = At(place),
        };
        if (host is not null) activity.Participants.Add(Taking(host, "Host"));
        all.Add(activity);
        return activity;
    }
}
