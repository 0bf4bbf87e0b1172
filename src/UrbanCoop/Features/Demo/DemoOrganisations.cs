using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Places;
using static UrbanCoop.Features.Organisations.OrganisationKind;

namespace UrbanCoop.Features.Demo;

/// <summary>The triple helix the seeds name: authorities, companies, universities and the programme teams.</summary>
internal sealed class DemoOrganisations
{
    public readonly Organisation IucAsia, IurcTeam, DgRegio;
    public readonly Organisation BarcelonaCouncil, UrbanismInstitute, Granada, RomeCapital, Sapienza, Free, StuttgartRegion,
        Ludwigsburg, Mannheim, BolognaMetro, BolognaUniversity, Bari, BariOpenInnovation;
    public readonly Organisation LiuzhouGovernment, LiuzhouDrc, BigDataBureau, IndustryBureau, EducationBureau, Liudong,
        LiudongTechBureau, LiudongConstruction, LiudongInvestment, LiudongPark, NorthernDistrict, Gxust, LiuGong,
        VocationalCollege, Uaes, ShuliangTech;
    public readonly Organisation EnergyInternetInstitute, Jingronghui, GuangzhouGovernment, GddAdministration, NanshaAdministration;

    private readonly List<Organisation> all = [];
    public IReadOnlyList<Organisation> All => all;

    public DemoOrganisations(DemoPlaces p)
    {
        IucAsia = Add("IUC Asia team", Programme, null, acronym: "IUC-Asia", aliases: ["IUC team", "IUC Asia", "IUC-Asia", "IUC-ASIA office"],
            description: "Regional office of the International Urban Cooperation programme for Asia: pairs cities, organises missions, "
                + "supports business matchmaking.");
        IurcTeam = Add("IURC team", Programme, null, acronym: "IURC", aliases: ["IURC China team"],
            description: "Team of the International Urban and Regional Cooperation programme that follows up the city pairings.");
        DgRegio = Add("European Commission DG REGIO", PublicAuthority, p.Brussels, acronym: "DG REGIO",
            aliases: ["Directorate-General for Regional and Urban Policy", "REGIO", "EU Commission (REGIO)"],
            description: "Funder of IUC; endorses the pilot projects of the action plans.");

        BarcelonaCouncil = Add("Barcelona City Council", PublicAuthority, p.Barcelona, aliases: ["Ajuntament de Barcelona"]);
        UrbanismInstitute = Add("Municipal Institute of Urbanism Barcelona", PublicAuthority, p.Barcelona, BarcelonaCouncil,
            aliases: ["Municipal Institute of Urbanism", "Barcelona Municipal Institute of Urbanism", "Institut Municipal d'Urbanisme"]);
        Granada = Add("City of Granada", PublicAuthority, p.Granada, aliases: ["Ayuntamiento de Granada", "Granada City Council"]);
        RomeCapital = Add("Rome Capital", PublicAuthority, p.Rome, aliases: ["Roma Capitale", "City of Rome"]);
        Sapienza = Add("Sapienza University of Rome", Education, p.Rome, aliases: ["Sapienza University", "Sapienza"]);
        Free = Add("Coordinamento FREE", CivilSociety, p.Rome, acronym: "FREE",
            aliases: ["FREE", "Coordinamento Fonti Rinnovabili ed Efficienza Energetica"],
            description: "Italian umbrella association for renewable energy and energy efficiency.");
        StuttgartRegion = Add("Region of Stuttgart", PublicAuthority, p.StuttgartRegion,
            aliases: ["Verband Region Stuttgart", "Stuttgart Region", "Stuttgart Regio"]);
        Ludwigsburg = Add("City of Ludwigsburg", PublicAuthority, p.Ludwigsburg, aliases: ["Ludwigsburg", "Stadt Ludwigsburg"]);
        Mannheim = Add("City of Mannheim", PublicAuthority, p.Mannheim, aliases: ["Stadt Mannheim"]);
        BolognaMetro = Add("Metropolitan City of Bologna", PublicAuthority, p.Bologna, aliases: ["Città metropolitana di Bologna"]);
        BolognaUniversity = Add("University of Bologna", Education, p.Bologna, aliases: ["Bologna University", "Università di Bologna"]);
        Bari = Add("City of Bari", PublicAuthority, p.Bari, aliases: ["Comune di Bari"]);
        BariOpenInnovation = Add("Bari Open Innovation Center", PublicAuthority, p.Bari, Bari, aliases: ["Open Innovation Center"],
            description: "City project with an enterprise incubator, a one-stop service centre and an innovation workshop for start-ups and SMEs.");

        LiuzhouGovernment = Add("Liuzhou Municipal Government", PublicAuthority, p.Liuzhou, aliases: ["Liuzhou City Council"]);
        LiuzhouDrc = Add("Liuzhou Development and Reform Commission", PublicAuthority, p.Liuzhou, LiuzhouGovernment, acronym: "DRC",
            aliases: ["DRC Liuzhou", "Development and Reform Commission Liuzhou", "Development and Reform Commission"]);
        BigDataBureau = Add("Liuzhou Big Data Bureau", PublicAuthority, p.Liuzhou, LiuzhouGovernment);
        IndustryBureau = Add("Liuzhou Bureau of Industry and Information Technology", PublicAuthority, p.Liuzhou, LiuzhouGovernment);
        EducationBureau = Add("Liuzhou Education Bureau", PublicAuthority, p.Liuzhou, LiuzhouGovernment);
        Liudong = Add("Liudong New District administration", PublicAuthority, p.Liudong, LiuzhouGovernment,
            aliases: ["Liudong New District", "Liudong New District Administration", "Liuduong New District"]);
        LiudongTechBureau = Add("Bureau of Technology & Big Data Development", PublicAuthority, p.Liudong, Liudong,
            aliases: ["Liudong Bureau of Technology & Big Data Development", "Bureau of Technology and Big Data Development"]);
        LiudongConstruction = Add("Construction & Environmental Protection Department", PublicAuthority, p.Liudong, Liudong,
            aliases: ["Construction and Environmental Protection Department"]);
        LiudongInvestment = Add("Bureau of Investment Promotion", PublicAuthority, p.Liudong, Liudong,
            aliases: ["Liudong Bureau of Investment Promotion"]);
        LiudongPark = Add("Liudong New District I&E Park", PublicAuthority, p.Liudong, Liudong, aliases: ["Liudong I&E Park"],
            description: "Park of Liudong New District, listed as \"I&E Park\" among the June 2019 mission presentations.");
        NorthernDistrict = Add("Liuzhou Northern Ecological New District administration", PublicAuthority, p.NorthernEcologicalDistrict,
            LiuzhouGovernment, aliases: ["Liuzhou Northern Ecological New District"]);
        Gxust = Add("Guangxi University of Science and Technology", Education, p.Liuzhou, acronym: "GXUST");
        LiuGong = Add("LiuGong Group", Business, p.Liuzhou, aliases: ["LiuGong"], description: "Construction machinery maker based in Liuzhou.");
        VocationalCollege = Add("Liuzhou Vocational & Technical College", Education, p.Liuzhou,
            aliases: ["Liuzhou Vocational and Technical College"]);
        Uaes = Add("UAES Liuzhou Plant", Business, p.Liuzhou, aliases: ["UAES"], description: "Automotive electronics plant in Liuzhou.");
        ShuliangTech = Add("Hangzhou ShuliangTech", Business, p.Hangzhou, aliases: ["ShuliangTech", "Hanzhou ShuliangTech"]);

        EnergyInternetInstitute = Add("Chengdu Energy Internet Institute of Tsinghua University", Research, p.Chengdu,
            aliases: ["Energy Internet Institute of Tsinghua University"]);
        Jingronghui = Add("Jingronghui high-tech business incubation plaza", Business, p.ChengduHighTech, aliases: ["Jingronghui"]);
        GuangzhouGovernment = Add("Guangzhou Municipal Government", PublicAuthority, p.Guangzhou);
        GddAdministration = Add("Guangzhou Development District administration", PublicAuthority, p.Gdd, GuangzhouGovernment,
            acronym: "GDD", aliases: ["GDD", "DDG", "Guangzhou DDG", "Guangzhou Development District"]);
        NanshaAdministration = Add("Nansha District administration", PublicAuthority, p.Nansha, GuangzhouGovernment);
    }

    private Organisation Add(
        string name, OrganisationKind kind, Place? place, Organisation? parent = null, string? acronym = null,
        string[]? aliases = null, string? description = null)
    {
        var organisation = new Organisation
        {
            Name = name, Kind = kind, Place = place, Parent = parent, Acronym = acronym, Aliases = [.. aliases ?? []],
            Description = description,
        };
        all.Add(organisation);
        return organisation;
    }
}
