using UrbanCoop.Features.Places;
using static UrbanCoop.Features.Places.PlaceKind;

namespace UrbanCoop.Features.Demo;

/// <summary>The places the seed documents name, in their hierarchy; figures marked "rounded" are public statistics.</summary>
internal sealed class DemoPlaces
{
    private const string Census2020 = "China 2020 census (rounded)";
    private const string Statistics = "National statistics (rounded)";

    public readonly Place Guangxi, Guangdong, Sichuan, Zhejiang, Catalonia, Andalusia, Lazio, BadenWuerttemberg, Apulia, EmiliaRomagna;
    public readonly Place Liuzhou, Guangzhou, Chengdu, Hangzhou, Barcelona, Granada, Rome, StuttgartRegion, Stuttgart, Ludwigsburg,
        Mannheim, Bologna, Bari, Brussels;
    public readonly Place Liudong, BinjiangSmartValley, NorthernEcologicalDistrict, Gdd, Nansha, ScienceCity, ChengduHighTech,
        TianfuNewArea, Barcelona22;

    private readonly List<Place> all = [];
    public IReadOnlyList<Place> All => all;

    public DemoPlaces()
    {
        Guangxi = Add("Guangxi", Region, null, "CN", 23.8, 108.8, local: "广西", aliases: ["Guangxi Zhuang Autonomous Region"],
            population: 50_127_000, year: 2020, source: Census2020, area: 237_600);
        Guangdong = Add("Guangdong", Region, null, "CN", 23.4, 113.4, local: "广东", area: 179_800);
        Sichuan = Add("Sichuan", Region, null, "CN", 30.6, 102.7, local: "四川",
            population: 83_675_000, year: 2020, source: Census2020, area: 486_000);
        Zhejiang = Add("Zhejiang", Region, null, "CN", 29.2, 120.1, local: "浙江",
            population: 64_568_000, year: 2020, source: Census2020, area: 105_500);
        Catalonia = Add("Catalonia", Region, null, "ES", 41.6, 1.5, local: "Catalunya", language: "ca",
            population: 7_675_000, year: 2019, source: Statistics, area: 32_108);
        Andalusia = Add("Andalusia", Region, null, "ES", 37.5, -4.7, local: "Andalucía",
            population: 8_414_000, year: 2019, source: Statistics, area: 87_599);
        Lazio = Add("Lazio", Region, null, "IT", 41.9, 12.7, population: 5_879_000, year: 2019, source: Statistics, area: 17_232);
        BadenWuerttemberg = Add("Baden-Württemberg", Region, null, "DE", 48.5, 9.0, aliases: ["Baden-Wurttemberg"],
            population: 11_100_000, year: 2019, source: Statistics, area: 35_748);
        Apulia = Add("Apulia", Region, null, "IT", 41.0, 16.5, local: "Puglia", population: 4_029_000, year: 2019, source: Statistics, area: 19_541);
        EmiliaRomagna = Add("Emilia-Romagna", Region, null, "IT", 44.5, 11.0, population: 4_459_000, year: 2019, source: Statistics, area: 22_446);

        Liuzhou = Add("Liuzhou", City, Guangxi, "CN", 24.3264, 109.4281, local: "柳州",
            population: 4_000_000, year: 2019, source: "UCAP at a Glance, Liuzhou (\"4 million\")", area: 18_600,
            summary: "Industrial city in Guangxi known for its automotive industry; partner of five EU cities in IUC from June 2019.");
        Guangzhou = Add("Guangzhou", City, Guangdong, "CN", 23.1291, 113.2644, local: "广州",
            population: 15_300_000, year: 2019, source: "IUC U-CAP summary, Guangzhou (\"15,3mio\")",
            summary: "Capital of Guangdong. The U-CAP summary gives its size as 1.24 km², which cannot hold for a city of 15.3 million "
                + "(the municipality covers about 7,400 km²), so the area is left empty until a reliable figure is entered.");
        Chengdu = Add("Chengdu", City, Sichuan, "CN", 30.5728, 104.0668, local: "成都",
            population: 20_938_000, year: 2020, source: Census2020, area: 14_335,
            summary: "Capital of Sichuan; first stop of the EU Smart Cities Mission to China in June 2019.");
        Hangzhou = Add("Hangzhou", City, Zhejiang, "CN", 30.2741, 120.1551, local: "杭州", aliases: ["Hanzhou"],
            population: 11_936_000, year: 2020, source: Census2020, area: 16_850);
        Barcelona = Add("Barcelona", City, Catalonia, "ES", 41.3874, 2.1686, population: 1_637_000, year: 2019, source: Statistics, area: 101.4,
            summary: "Paired with Liuzhou and Guangzhou in IUC; its 22@ innovation district and superblocks are cited as best practices.");
        Granada = Add("Granada", City, Andalusia, "ES", 37.1773, -3.5986, population: 232_000, year: 2019, source: Statistics, area: 88);
        Rome = Add("Rome", City, Lazio, "IT", 41.9028, 12.4964, local: "Roma", population: 2_856_000, year: 2019, source: Statistics, area: 1_287);
        StuttgartRegion = Add("Stuttgart Region", Region, BadenWuerttemberg, "DE", 48.78, 9.18,
            local: "Region Stuttgart", aliases: ["Stuttgart Regio", "Region of Stuttgart", "Verband Region Stuttgart"],
            population: 2_790_000, year: 2019, source: Statistics, area: 3_654,
            summary: "Regional association around Stuttgart; took part in IUC together with Ludwigsburg.");
        Stuttgart = Add("Stuttgart", City, StuttgartRegion, "DE", 48.7758, 9.1829, population: 636_000, year: 2019, source: Statistics, area: 207);
        Ludwigsburg = Add("Ludwigsburg", City, StuttgartRegion, "DE", 48.8975, 9.1919, population: 94_000, year: 2019, source: Statistics, area: 43);
        Mannheim = Add("Mannheim", City, BadenWuerttemberg, "DE", 49.4875, 8.4660, population: 311_000, year: 2019, source: Statistics, area: 145);
        Bologna = Add("Bologna", City, EmiliaRomagna, "IT", 44.4949, 11.3426, population: 391_000, year: 2019, source: Statistics, area: 141);
        Bari = Add("Bari", City, Apulia, "IT", 41.1171, 16.8719, population: 321_000, year: 2019, source: Statistics, area: 117,
            summary: "Twinned with Guangzhou since 1986; known for tactical urbanism and its Open Innovation Center.");
        Brussels = Add("Brussels", City, null, "BE", 50.8503, 4.3517, local: "Bruxelles", language: "fr",
            summary: "Seat of the European Commission; venue of IUC meetings in 2019.");

        Liudong = Add("Liudong New District", District, Liuzhou, "CN", 24.37, 109.52, local: "柳东新区",
            aliases: ["Liudong", "Liuduong New District", "Liuduong"],
            summary: "New district of Liuzhou and its pilot area for the cooperation with the EU cities.");
        BinjiangSmartValley = Add("Binjiang Smart Valley", Zone, Liudong, "CN", aliases: ["Binjiang Smart Valley Science Park"],
            summary: "Newly planned science park in Liudong New District, chosen by Liuzhou as the pilot zone of its IUC cooperation.");
        NorthernEcologicalDistrict = Add("Northern Ecological New District of Liuzhou", District, Liuzhou, "CN", local: "北部生态新区",
            aliases: ["Northern Ecological District", "Liuzhou Northern Ecological New District"]);
        Gdd = Add("Guangzhou Development District", District, Guangzhou, "CN", 23.17, 113.45, local: "广州开发区",
            aliases: ["GDD", "DDG", "Guangzhou DDG"],
            summary: "Development zone in the east of Guangzhou; Guangzhou's counterpart of Bari in IURC.");
        Nansha = Add("Nansha District", District, Guangzhou, "CN", 22.80, 113.53, local: "南沙区", aliases: ["Nansha"]);
        ScienceCity = Add("Guangzhou Science City", Zone, Gdd, "CN", 23.17, 113.44, local: "广州科学城",
            summary: "Innovation area of GDD focused on biomedicine, renewable energy and environmental protection.");
        ChengduHighTech = Add("Chengdu High-Tech Zone", Zone, Chengdu, "CN", 30.58, 104.06, local: "成都高新区",
            aliases: ["High-Tech Zone", "Chengdu Hi-Tech Zone"]);
        TianfuNewArea = Add("Tianfu New Area", Zone, Chengdu, "CN", 30.40, 104.07, local: "天府新区", aliases: ["Tianfu"]);
        Barcelona22 = Add("22@ Barcelona innovation district", Zone, Barcelona, "ES", 41.4036, 2.1946,
            aliases: ["22@", "22@ Barcelona", "22@Barcelona", "22@ Barcelona Innovation District"], area: 1.98, areaYear: 2000,
            summary: "Former industrial area of Poblenou turned into an innovation district; the area is that of the 2000 plan.");
    }

    private static readonly Dictionary<string, (string Zone, string Language)> ByCountry = new()
    {
        ["CN"] = (DemoTime.China, "zh"), ["ES"] = (DemoTime.Spain, "es"), ["IT"] = (DemoTime.Italy, "it"),
        ["DE"] = ("Europe/Berlin", "de"), ["BE"] = (DemoTime.Belgium, "fr"),
    };

    private Place Add(
        string name, PlaceKind kind, Place? parent, string country, double? lat = null, double? lon = null,
        string? local = null, string? language = null, string[]? aliases = null, long? population = null, int? year = null,
        string? source = null, double? area = null, int? areaYear = null, string? summary = null)
    {
        var place = new Place
        {
            Name = name, Kind = kind, Parent = parent, CountryCode = country, Latitude = lat, Longitude = lon,
            LocalName = local, LocalNameLanguage = local is null ? null : language ?? ByCountry[country].Language,
            Aliases = [.. aliases ?? []], Population = population, PopulationYear = population is null ? null : year,
            PopulationSource = source, AreaKm2 = area, AreaYear = area is null ? null : areaYear ?? year,
            TimeZone = ByCountry[country].Zone, Summary = summary,
        };
        all.Add(place);
        return place;
    }
}
