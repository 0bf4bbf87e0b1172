using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.People;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Bench;

/// <summary>How many rows of each kind; scale 1 is the foundation target.</summary>
internal sealed record Sizes(int Places, int Partnerships, int Organisations, int People, int Activities)
{
    public static Sizes At(double scale) => new(
        Scaled(5_000, scale, 60), Scaled(200, scale, 4), Scaled(20_000, scale, 50), Scaled(50_000, scale, 50), Scaled(200_000, scale, 100));

    private static int Scaled(int full, double scale, int least) => Math.Max(least, (int)Math.Round(full * scale));
}

/// <summary>A generated programme, held in the app's own entity types so the loader writes what the model reads.</summary>
internal sealed record Dataset(
    Programme Programme, IReadOnlyList<Cluster> Clusters, IReadOnlyList<Place> Places, IReadOnlyList<Partnership> Partnerships,
    IReadOnlyList<Organisation> Organisations, IReadOnlyList<Person> People, IReadOnlyList<Activity> Activities);

/// <summary>
/// Builds a programme deterministically from one seeded <see cref="Random"/>. Activities gather on a few
/// "hub" cities so that some place pages carry thousands of activities, as the busiest real ones do.
/// </summary>
internal sealed class Generator
{
    private static readonly DateTime Stamp = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly (string Code, string Zone)[] EuCountries =
    [
        ("AT", "Europe/Vienna"), ("BE", "Europe/Brussels"), ("BG", "Europe/Sofia"), ("HR", "Europe/Zagreb"), ("CZ", "Europe/Prague"),
        ("DK", "Europe/Copenhagen"), ("EE", "Europe/Tallinn"), ("FI", "Europe/Helsinki"), ("FR", "Europe/Paris"), ("DE", "Europe/Berlin"),
        ("GR", "Europe/Athens"), ("HU", "Europe/Budapest"), ("IE", "Europe/Dublin"), ("IT", "Europe/Rome"), ("LV", "Europe/Riga"),
        ("LT", "Europe/Vilnius"), ("NL", "Europe/Amsterdam"), ("PL", "Europe/Warsaw"), ("PT", "Europe/Lisbon"), ("RO", "Europe/Bucharest"),
        ("SK", "Europe/Bratislava"), ("SI", "Europe/Ljubljana"), ("ES", "Europe/Madrid"), ("SE", "Europe/Stockholm"),
    ];

    private static readonly (string Code, string Zone)[] PartnerCountries =
    [
        ("CN", "Asia/Shanghai"), ("CN", "Asia/Shanghai"), ("CN", "Asia/Shanghai"), ("IN", "Asia/Kolkata"), ("JP", "Asia/Tokyo"),
        ("KR", "Asia/Seoul"), ("BR", "America/Sao_Paulo"), ("MX", "America/Mexico_City"), ("US", "America/New_York"),
        ("CA", "America/Toronto"), ("AU", "Australia/Sydney"), ("AR", "America/Argentina/Buenos_Aires"), ("CL", "America/Santiago"),
        ("VN", "Asia/Ho_Chi_Minh"), ("ID", "Asia/Jakarta"), ("TH", "Asia/Bangkok"),
    ];

    private static readonly string[] Syllables =
        ["val", "mor", "an", "bel", "cas", "tel", "lin", "hu", "zhou", "ber", "gen", "sa", "ri", "no", "ka", "ta", "do", "ven", "lu", "mar", "po", "ra", "shan", "qing"];
    private static readonly string[] GivenNames = ["Anna", "Marco", "Elena", "Jonas", "Sofia", "Pierre", "Lucia", "Mateusz", "Ines", "Karl", "Priya", "Kenji", "Ana", "David"];
    private static readonly string[] ChineseGiven = ["Wenneng", "Xiaoming", "Li", "Jing", "Wei", "Fang", "Hua", "Lei", "Yan", "Tao"];
    private static readonly string[] FamilyNames = ["Rossi", "Müller", "García", "Novak", "Dubois", "Kowalski", "Silva", "Jansen", "Costa", "Sato", "Sharma", "Lindqvist"];
    private static readonly string[] ChineseFamily = ["Wu", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou"];
    private static readonly string[] Hanzi = ["柳", "州", "南", "京", "海", "山", "青", "河", "安", "成", "东", "西"];
    private static readonly string[] OrgWords = ["City Council", "Municipal Government", "University", "Chamber of Commerce", "Innovation Centre", "Energy Agency", "Port Authority", "Development Bank"];
    private static readonly string[] PositionTitles = ["Mayor", "Deputy Mayor", "Director", "Head of International Relations", "Project Officer", "Professor", "Chief Executive", "Councillor"];
    private static readonly string[] Topics = ["urban regeneration", "hydrogen buses", "circular economy", "smart lighting", "heritage tourism", "water reuse", "start-up exchange", "elderly care"];
    private static readonly string[] Summaries =
    [
        "Delegations compared approaches and agreed on follow-up visits.",
        "Technical experts from both cities presented pilot projects and discussed funding options.",
        "The partners reviewed the action plan and set priorities for the coming year.",
    ];

    private readonly Random random;
    private readonly List<List<string>> themeSets = [];
    private readonly List<List<int>> sdgSets = [];

    private Generator(int seed)
    {
        random = new Random(seed);
        // Shared, read-only lists: a few hundred distinct combinations are plenty and keep memory low.
        for (var i = 0; i < 64; i++)
        {
            themeSets.Add([.. Pick(Themes.All, random.Next(1, 4)).Select(t => t.Id)]);
            sdgSets.Add([.. Pick(Sdgs.All, random.Next(0, 4)).Select(s => s.Number).Order()]);
        }
    }

    public static Dataset Generate(Sizes sizes, int seed) => new Generator(seed).Build(sizes);

    private Dataset Build(Sizes sizes)
    {
        var programme = new Programme
        {
            Id = 1, Name = "International Urban and Regional Cooperation (benchmark)", Acronym = "IURC", Funder = "European Union",
            Description = "A generated programme for load measurements.", WorldRegions = ["China", "India", "Japan", "Latin America", "North America"],
            StartsOn = new DateOnly(2017, 1, 1), EndsOn = new DateOnly(2027, 12, 31), Website = "https://example.org/iurc",
        };
        Stamped(programme, 1);
        var clusters = Enumerable.Range(1, 8).Select(id => Stamped(new Cluster
        {
            Id = id, Name = $"{Themes.All[id].Name} cluster", ProgrammeId = 1, Themes = themeSets[id], Description = "Partnerships working on one theme.",
        }, id)).ToList();

        var places = BuildPlaces(sizes.Places);
        var cities = places.Where(p => p.Kind == PlaceKind.City).ToList();
        var hubs = Pick(cities, Math.Max(3, cities.Count / 80)).ToList();
        var partnerships = BuildPartnerships(sizes.Partnerships, cities, hubs, clusters.Count);
        var organisations = BuildOrganisations(sizes.Organisations, places, hubs);
        var people = BuildPeople(sizes.People, organisations.Count);
        var byPlace = organisations.Where(o => o.PlaceId is not null).ToLookup(o => o.PlaceId!.Value, o => o.Id);
        var activities = BuildActivities(sizes.Activities, places, hubs, partnerships, organisations.Count, byPlace);
        return new Dataset(programme, clusters, places, partnerships, organisations, people, activities);
    }

    private List<Place> BuildPlaces(int count)
    {
        var regions = Math.Max(2, count / 20);
        var districts = count / 10;
        var places = new List<Place>(count);
        for (var id = 1; id <= count; id++)
        {
            var kind = id <= regions ? PlaceKind.Region : id > count - districts ? PlaceKind.District : PlaceKind.City;
            // Half the cities sit in a region and every district in a city, with the parent's country.
            var parent = kind switch
            {
                PlaceKind.City when random.Next(2) == 0 => places[random.Next(regions)],
                PlaceKind.District => places[random.Next(regions, count - districts)],
                _ => null,
            };
            var (code, zone) = parent is not null ? (parent.CountryCode, parent.TimeZone!)
                : random.Next(2) == 0 ? EuCountries[random.Next(EuCountries.Length)] : PartnerCountries[random.Next(PartnerCountries.Length)];
            var name = Name();
            places.Add(Stamped(new Place
            {
                Id = id, Name = kind == PlaceKind.Region ? $"{name} Region" : name, Kind = kind, ParentId = parent?.Id, CountryCode = code,
                LocalName = code == "CN" ? $"{Hanzi[random.Next(Hanzi.Length)]}{Hanzi[random.Next(Hanzi.Length)]}" : null,
                LocalNameLanguage = code == "CN" ? "zh" : null,
                Aliases = random.Next(4) == 0 ? [$"{name}-Stadt", $"Greater {name}"] : [],
                Population = random.Next(20_000, 20_000_000), PopulationYear = random.Next(2015, 2025), PopulationSource = "National statistics office",
                AreaKm2 = Math.Round(random.NextDouble() * 5_000 + 10, 1), AreaYear = 2020,
                Latitude = Math.Round(random.NextDouble() * 120 - 50, 4), Longitude = Math.Round(random.NextDouble() * 340 - 170, 4),
                TimeZone = zone, Summary = random.Next(3) == 0 ? Summaries[random.Next(Summaries.Length)] : null,
            }, id));
        }
        return places;
    }

    private List<Partnership> BuildPartnerships(int count, List<Place> cities, List<Place> hubs, int clusterCount)
    {
        var eu = cities.Where(c => Countries.IsEu(c.CountryCode)).ToList();
        var partner = cities.Where(c => !Countries.IsEu(c.CountryCode)).ToList();
        var partnerships = new List<Partnership>(count);
        for (var id = 1; id <= count; id++)
        {
            // One partner-region city and one to five EU cities; hubs take part more often than others.
            var members = new Dictionary<int, MemberSide>();
            while (members.Count == 0)
            {
                var p = random.Next(3) == 0 ? hubs[random.Next(hubs.Count)] : partner[random.Next(partner.Count)];
                if (!Countries.IsEu(p.CountryCode)) members[p.Id] = MemberSide.Partner;
            }
            var wanted = random.Next(2, 7);
            for (var tries = 0; members.Count < wanted && tries < 50; tries++)
            {
                var p = random.Next(3) == 0 ? hubs[random.Next(hubs.Count)] : eu[random.Next(eu.Count)];
                if (Countries.IsEu(p.CountryCode)) members.TryAdd(p.Id, MemberSide.Eu);
            }
            var first = cities.First(c => c.Id == members.Keys.First());
            partnerships.Add(Stamped(new Partnership
            {
                Id = id, Name = $"{first.Name} – {string.Join(", ", members.Keys.Skip(1).Take(2).Select(k => cities.First(c => c.Id == k).Name))}",
                ProgrammeId = 1, ClusterId = random.Next(4) == 0 ? null : random.Next(1, clusterCount + 1),
                Since = new DateOnly(random.Next(2017, 2026), random.Next(1, 13), 1),
                Status = (PartnershipStatus)random.Next(Enum.GetValues<PartnershipStatus>().Length),
                Themes = themeSets[random.Next(themeSets.Count)], Summary = Summaries[random.Next(Summaries.Length)],
                Members = [.. members.Select(m => new PartnershipMember { PartnershipId = id, PlaceId = m.Key, Side = m.Value })],
            }, id));
        }
        return partnerships;
    }

    private List<Organisation> BuildOrganisations(int count, List<Place> places, List<Place> hubs)
    {
        var kinds = Enum.GetValues<OrganisationKind>();
        var organisations = new List<Organisation>(count);
        for (var id = 1; id <= count; id++)
        {
            var place = random.Next(7) == 0 ? null : random.Next(4) == 0 ? hubs[random.Next(hubs.Count)] : places[random.Next(places.Count)];
            var word = OrgWords[random.Next(OrgWords.Length)];
            organisations.Add(Stamped(new Organisation
            {
                Id = id, Name = $"{place?.Name ?? Name()} {word}", Acronym = random.Next(3) == 0 ? $"O{id}" : null,
                Aliases = random.Next(5) == 0 ? [$"{word} of {place?.Name ?? "the region"}"] : [],
                Kind = kinds[random.Next(kinds.Length)], PlaceId = place?.Id,
                ParentId = id > 1 && random.Next(10) == 0 ? random.Next(1, id) : null,
                Website = $"https://org{id}.example.org", Description = random.Next(2) == 0 ? Summaries[random.Next(Summaries.Length)] : null,
            }, id));
        }
        return organisations;
    }

    private List<Person> BuildPeople(int count, int organisationCount)
    {
        var people = new List<Person>(count);
        var positionId = 0;
        for (var id = 1; id <= count; id++)
        {
            var chinese = random.Next(5) < 2;
            var person = Stamped(new Person
            {
                Id = id, FamilyNameFirst = chinese,
                GivenName = chinese ? ChineseGiven[random.Next(ChineseGiven.Length)] : GivenNames[random.Next(GivenNames.Length)],
                FamilyName = chinese ? ChineseFamily[random.Next(ChineseFamily.Length)] : FamilyNames[random.Next(FamilyNames.Length)],
                Honorific = random.Next(5) == 0 ? "Dr." : null, Email = random.Next(2) == 0 ? $"person{id}@example.org" : null,
                Phone = random.Next(3) == 0 ? $"+32 2 555 {id % 10_000:0000}" : null, ContactConsent = random.Next(5) < 2,
            }, id);
            // A current position, and for some an earlier one that has ended.
            var since = new DateOnly(random.Next(2010, 2025), random.Next(1, 13), 1);
            person.Positions.Add(new Position
            {
                Id = ++positionId, PersonId = id, OrganisationId = random.Next(1, organisationCount + 1),
                Title = PositionTitles[random.Next(PositionTitles.Length)], Since = since,
            });
            if (random.Next(2) == 0)
                person.Positions.Add(new Position
                {
                    Id = ++positionId, PersonId = id, OrganisationId = random.Next(1, organisationCount + 1),
                    Title = PositionTitles[random.Next(PositionTitles.Length)], Since = since.AddYears(-4), Until = since.AddDays(-1),
                });
            people.Add(person);
        }
        return people;
    }

    private List<Activity> BuildActivities(int count, List<Place> places, List<Place> hubs, List<Partnership> partnerships,
        int organisationCount, ILookup<int, int> organisationsByPlace)
    {
        var kinds = Enum.GetValues<ActivityKind>();
        var outcomeKinds = Enum.GetValues<OutcomeKind>();
        var activities = new List<Activity>(count);
        for (var id = 1; id <= count; id++)
        {
            var kind = kinds[random.Next(kinds.Length)];
            var partnership = random.Next(2) == 0 ? partnerships[random.Next(partnerships.Count)] : null;
            var wanted = random.Next(1, 4);
            var placeIds = new List<int>(wanted);
            for (var tries = 0; placeIds.Count < wanted && tries < 20; tries++)
            {
                var placeId = partnership is not null ? partnership.Members[random.Next(partnership.Members.Count)].PlaceId
                    : random.Next(4) == 0 ? hubs[random.Next(hubs.Count)].Id : places[random.Next(places.Count)].Id;
                if (!placeIds.Contains(placeId)) placeIds.Add(placeId);
            }
            var first = places[placeIds[0] - 1];
            var allDay = kind is ActivityKind.Mission or ActivityKind.StudyVisit or ActivityKind.Conference;
            var day = Stamp.AddDays(random.Next(-9 * 365, 2 * 365));
            var starts = allDay ? day : day.AddHours(random.Next(6, 16));
            var ends = allDay ? starts.AddDays(random.Next(0, 6)) : starts.AddHours(random.Next(1, 8));
            var status = starts > Stamp ? ActivityStatus.Planned : random.Next(10) == 0 ? ActivityStatus.Cancelled : ActivityStatus.Held;
            var organisers = new List<int>(2);
            var local = organisationsByPlace[first.Id].ToList();
            organisers.Add(local.Count > 0 ? local[random.Next(local.Count)] : random.Next(1, organisationCount + 1));
            var other = random.Next(1, organisationCount + 1);
            if (random.Next(2) == 0 && !organisers.Contains(other)) organisers.Add(other);
            var online = kind == ActivityKind.OnlineMeeting;
            var activity = Stamped(new Activity
            {
                Id = id, Title = $"{Display.Words(kind)} on {Topics[random.Next(Topics.Length)]} in {first.Name}", Kind = kind, Status = status,
                ProgrammeId = 1, PartnershipId = partnership?.Id, StartsAt = starts, EndsAt = ends, TimeZone = first.TimeZone!, AllDay = allDay,
                Venue = online ? null : $"{first.Name} City Hall", Online = online, OnlineUrl = online ? $"https://meet.example.org/{id}" : null,
                ParticipantCount = random.Next(2) == 0 ? random.Next(8, 400) : null,
                Summary = random.Next(5) < 3 ? Summaries[random.Next(Summaries.Length)] : null,
                Themes = themeSets[random.Next(themeSets.Count)], Sdgs = sdgSets[random.Next(sdgSets.Count)],
                Places = [.. placeIds.Select(p => new ActivityPlace { ActivityId = id, PlaceId = p, StartsAt = starts })],
                Organisers = [.. organisers.Select(o => new ActivityOrganiser { ActivityId = id, OrganisationId = o })],
            }, id);
            if (random.Next(5) == 0)
                for (var i = 0; i < 3; i++)
                    activity.Agenda.Add(new AgendaItem { At = new TimeOnly(9 + i, 30), Title = $"Session {i + 1}", Speaker = i == 0 ? "Mayor" : null });
            if (status == ActivityStatus.Held && random.Next(6) == 0)
                activity.Outcomes.Add(new Outcome { Kind = outcomeKinds[random.Next(outcomeKinds.Length)], Text = "Both sides agreed on a joint study." });
            activities.Add(activity);
        }
        return activities;
    }

    private string Name()
    {
        var name = string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private IEnumerable<T> Pick<T>(IReadOnlyList<T> from, int count)
    {
        var chosen = new HashSet<int>();
        while (chosen.Count < Math.Min(count, from.Count)) chosen.Add(random.Next(from.Count));
        return chosen.Order().Select(i => from[i]);
    }

    private static T Stamped<T>(T record, int id) where T : Record
    {
        // Fixed times keep runs identical; spreading them a little keeps "recently updated" sorts meaningful.
        record.Version = 1;
        record.CreatedAt = Stamp.AddMinutes(-id);
        record.UpdatedAt = Stamp.AddMinutes(-id);
        return record;
    }
}
