using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Matchmaking.Brokerage;
using UrbanCoop.Features.Matchmaking.Pairing;
using UrbanCoop.Features.Matchmaking.Profiles;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;

namespace UrbanCoop.Features.Demo;

/// <summary>
/// Matchmaking profiles (written for the demo, not taken from the seeds) and a brokerage event at the Liuzhou-EU
/// Business Cooperation Forum: in person in Liuzhou, with two European organisations joining online from home.
/// </summary>
internal static class DemoMatchmaking
{
    public static IEnumerable<MatchmakingProfile> Profiles(DemoOrganisations o) =>
    [
        Profile(o.LiuzhouGovernment, ["smart city", "industrial parks", "vocational education"], ["urban regeneration", "energy efficiency", "smart city"],
            ["public administration"], [], "A manufacturing city of cars and machinery with new districts to plan and a large vocational school network.",
            "European cities that have renewed old industrial areas and cut the energy use of public buildings."),
        Profile(o.Liudong, ["industrial parks", "investment sites"], ["urban planning", "green buildings", "energy efficiency"],
            ["urban development"], [], "Liudong New District offers land and support for investors in its innovation and enterprise park.",
            "Planning advice for a compact, green new district and low-energy building standards."),
        Profile(o.BigDataBureau, ["data platforms"], ["open data", "smart city", "digital services"], ["digital"], [],
            "City data platform that joins traffic, utilities and permits.", "Partners with open data portals and digital public services."),
        Profile(o.VocationalCollege, ["vocational education", "automotive skills"], ["dual training", "teacher exchange"], ["education"], [],
            "Technical college training automotive and machinery technicians.", "Dual training models with companies and exchanges of teachers."),
        Profile(o.LiuGong, ["construction machinery"], ["dealers in europe", "research partners"], ["manufacturing"], ["DE", "IT"],
            "Maker of loaders and excavators, with service networks abroad.", "Research partners on electric machinery and dealers in Europe."),
        Profile(o.Uaes, ["automotive electronics"], ["research partners", "automotive skills"], ["automotive"], [],
            "Automotive electronics plant supplying carmakers in southern China.", "Training of technicians and research on vehicle electronics."),
        Profile(o.UrbanismInstitute, ["urban regeneration", "urban planning"], ["smart city", "investment sites"], ["urban development"], [],
            "Decades of experience renewing old industrial districts into mixed neighbourhoods with public space and housing.",
            "Exchange with fast-growing cities on data-driven planning of new districts."),
        Profile(o.Sapienza, ["energy efficiency", "green buildings", "research partners"], ["industrial parks"], ["research"], [],
            "Research on low-energy buildings, district heating and the energy use of public buildings.",
            "Pilot sites in industrial parks to test energy efficiency measures."),
        Profile(o.Free, ["energy efficiency", "renewable energy"], ["investment sites"], ["energy"], [],
            "An association of renewable energy and efficiency companies looking for projects abroad.",
            "Industrial parks and new districts where member companies can invest in energy projects."),
        Profile(o.StuttgartRegion, ["dual training", "automotive skills", "research partners"], ["automotive electronics", "vocational education"],
            ["automotive"], [], "A region of carmakers and suppliers with a dual training tradition of companies and vocational schools.",
            "Automotive partners for joint training of technicians and research on electric vehicles."),
        Profile(o.BolognaUniversity, ["open data", "research partners"], ["data platforms", "smart city"], ["research"], [],
            "Open data and digital services research with the metropolitan city.", "City data platforms to study and smart city pilots."),
        Profile(o.BariOpenInnovation, ["digital services", "start-up incubation"], ["investment sites", "data platforms"], ["digital"], [],
            "An enterprise incubator and one-stop service centre for start-ups and small companies.",
            "Parks and data platforms where its start-ups can find pilots and customers."),
    ];

    /// <summary>The event with its registrations and requests; the scheduler is run on it after it is saved.</summary>
    public static (BrokerageEvent Event, IEnumerable<MeetingRequest> Requests) Forum(DemoOrganisations o, Activity forum)
    {
        var slots = Enumerable.Range(0, 9).Select(i => new BrokerageSlot
        {
            StartsAt = DemoTime.Utc(2019, 6, 14, DemoTime.China, 14, 0).AddMinutes(20 * i),
            EndsAt = DemoTime.Utc(2019, 6, 14, DemoTime.China, 14, 20).AddMinutes(20 * i),
        }).ToList();
        var brokerage = new BrokerageEvent
        {
            Name = "Liuzhou-EU business matchmaking", Activity = forum, TimeZone = DemoTime.China, Tables = ["T1", "T2", "T3", "T4"], Slots = slots,
        };
        BrokerageParticipant Join(Organisation org, string zone = DemoTime.China, string? from = null, string? to = null, int? max = null)
        {
            var p = new BrokerageParticipant { Organisation = org, TimeZone = zone, HoursFrom = from, HoursTo = to, MaxMeetings = max };
            brokerage.Participants.Add(p);
            return p;
        }
        var government = Join(o.LiuzhouGovernment, max: 4);
        var liudong = Join(o.Liudong);
        var data = Join(o.BigDataBureau);
        var college = Join(o.VocationalCollege);
        var liugong = Join(o.LiuGong);
        var uaes = Join(o.Uaes);
        var urbanism = Join(o.UrbanismInstitute);
        var sapienza = Join(o.Sapienza);
        var free = Join(o.Free);
        // online from Europe: 08:00 in Stuttgart is 14:00 in Liuzhou in June, so their mornings overlap the afternoon slots
        var stuttgart = Join(o.StuttgartRegion, "Europe/Berlin", "08:00", "10:00");
        var bologna = Join(o.BolognaUniversity, "Europe/Rome", "09:00", "12:00");
        MeetingRequest Ask(BrokerageParticipant from, BrokerageParticipant to, int priority, MeetingRequestStatus status) =>
            new() { Event = brokerage, From = from, To = to, Priority = priority, Status = status };
        return (brokerage,
        [
            Ask(government, urbanism, 3, MeetingRequestStatus.Accepted), Ask(liudong, urbanism, 3, MeetingRequestStatus.Accepted),
            Ask(liudong, sapienza, 2, MeetingRequestStatus.Accepted), Ask(free, liudong, 3, MeetingRequestStatus.Accepted),
            Ask(government, sapienza, 2, MeetingRequestStatus.Accepted), Ask(data, bologna, 3, MeetingRequestStatus.Accepted),
            Ask(college, stuttgart, 3, MeetingRequestStatus.Accepted), Ask(uaes, stuttgart, 2, MeetingRequestStatus.Accepted),
            Ask(liugong, stuttgart, 1, MeetingRequestStatus.Accepted), Ask(liugong, sapienza, 2, MeetingRequestStatus.Accepted),
            Ask(government, free, 1, MeetingRequestStatus.Accepted), Ask(free, data, 1, MeetingRequestStatus.Declined),
            Ask(bologna, government, 2, MeetingRequestStatus.Pending), Ask(college, uaes, 2, MeetingRequestStatus.Pending),
        ]);
    }

    /// <summary>A call of the kind that started the pairings, answered by the demo's cities; its pairings are left to confirm.</summary>
    public static Call PairingCall(DemoPlaces p, Programme programme)
    {
        CallApplication Apply(Place place, string[] themes, string[] challenges, string profile) =>
            new() { Place = place, Themes = [.. themes], Challenges = [.. challenges], Profile = profile };
        return new Call
        {
            Title = "Call for city pairings 2027", Programme = programme, MaxPartners = 2, MinPopulation = 100_000,
            Applications =
            [
                Apply(p.Barcelona, ["urban regeneration", "smart city"], ["housing costs"], "Renewal of old industrial districts with digital city services."),
                Apply(p.Granada, ["heritage tourism", "water management"], ["youth unemployment"], "Historic city managing water and visitors."),
                Apply(p.Rome, ["energy efficiency", "mobility"], ["air quality"], "Energy renovation of public buildings and cleaner transport."),
                Apply(p.Stuttgart, ["automotive industry", "vocational training"], ["traffic congestion"], "Car industry region with dual training."),
                Apply(p.Ludwigsburg, ["vocational training"], ["ageing population"], "Small city near Stuttgart with training centres."),
                Apply(p.Bologna, ["open data", "smart city"], ["air quality"], "Open data platform and smart city pilots with its university."),
                Apply(p.Bari, ["start-up incubation", "port logistics"], ["youth unemployment"], "Incubator for start-ups and a busy port."),
                Apply(p.Liuzhou, ["automotive industry", "industrial parks"], ["vocational training", "air quality", "energy efficiency"],
                    "Car and machinery manufacturing city planning new districts and cleaner industry."),
                Apply(p.Guangzhou, ["port logistics", "smart city"], ["urban regeneration", "start-up incubation"],
                    "Trade and port metropolis renewing old villages and growing start-ups."),
                Apply(p.Chengdu, ["open data", "heritage tourism"], ["water management", "mobility"], "Inland capital with a digital economy and tourism."),
                Apply(p.Hangzhou, ["digital services", "open data"], ["traffic congestion", "smart city"], "E-commerce city using data for traffic."),
            ],
        };
    }

    private static MatchmakingProfile Profile(Organisation org, List<string> offers, List<string> seeks, List<string> sectors,
        List<string> countries, string offerText, string seekText) => new()
    {
        Organisation = org, Offers = offers, Seeks = seeks, Sectors = sectors, TargetCountries = countries, OfferText = offerText, SeekText = seekText,
    };
}
