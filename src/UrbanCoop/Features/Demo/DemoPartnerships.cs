using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;
using static UrbanCoop.Features.Demo.DemoTime;

namespace UrbanCoop.Features.Demo;

/// <summary>The two programmes, their clusters, the pairings and the agreements that found them.</summary>
internal sealed class DemoPartnerships
{
    public readonly Programme Iuc, Iurc;
    public readonly Cluster SmartCityEnergy, InnovationHealth;
    public readonly Agreement LiuzhouDeclaration, GuangzhouDeclaration, BariTwinning;
    public readonly Partnership Liuzhou, Guangzhou, BariGdd;

    public IEnumerable<Partnership> All => [Liuzhou, Guangzhou, BariGdd];

    public DemoPartnerships(DemoPlaces p)
    {
        Iuc = new Programme
        {
            Name = "International Urban Cooperation", Acronym = "IUC", Funder = "European Commission (DG REGIO)",
            WorldRegions = ["China", "India", "Japan", "Latin America", "North America"],
            StartsOn = new DateOnly(2017, 1, 1), EndsOn = new DateOnly(2020, 12, 31), Website = "https://www.iuc.eu",
            Description = "EU programme that paired European cities and regions with cities abroad to share solutions for sustainable "
                + "urban development, through joint action plans, missions and pilot projects.",
        };
        Iurc = new Programme
        {
            Name = "International Urban and Regional Cooperation", Acronym = "IURC", Funder = "European Commission (DG REGIO)",
            WorldRegions = ["China", "India", "Japan", "Republic of Korea", "Asia", "Australia", "Latin America", "North America"],
            StartsOn = new DateOnly(2021, 1, 1), Website = "https://www.iurc.eu",
            Description = "Successor of IUC from 2021, extending city-to-city cooperation to regions.",
        };

        SmartCityEnergy = new Cluster
        {
            Name = "Smart city and energy", Programme = Iuc, Themes = ["smart-city", "energy-transition", "mobility", "innovation-startups"],
            Description = "IUC pairings working on smart districts, smart energy and mobility; the June 2019 mission to China centred on it.",
        };
        InnovationHealth = new Cluster
        {
            Name = "Innovation, industry and health", Programme = Iuc,
            Themes = ["innovation-startups", "industry-manufacturing", "health-life-sciences"],
            Description = "Demo grouping of IUC pairings around industrial design, start-up support and life sciences.",
        };

        LiuzhouDeclaration = new Agreement
        {
            Title = "Joint declaration Liuzhou – Barcelona, Granada, Rome, Stuttgart Region, Mannheim", Kind = AgreementKind.JointDeclaration,
            Status = AgreementStatus.Signed, SignedOn = FirstOf(2019, 6), Themes = ["smart-city", "energy-transition", "mobility"],
            Summary = "Pairing agreement of the Liuzhou cooperation; the source gives June 2019 without a day.",
            Parties = Parties(p.Liuzhou, p.Barcelona, p.Granada, p.Rome, p.StuttgartRegion, p.Mannheim),
        };
        GuangzhouDeclaration = new Agreement
        {
            Title = "Joint declaration Guangzhou – Barcelona, Bologna, Granada, Stuttgart, Rome", Kind = AgreementKind.JointDeclaration,
            Status = AgreementStatus.Signed, SignedOn = FirstOf(2017, 5),
            Themes = ["smart-city", "health-life-sciences", "education-skills", "energy-transition"],
            Summary = "Start of the Guangzhou cooperation in May 2017 (day not given), following Wuhan's part in the earlier "
                + "EU-China World Cities project.",
            Parties = Parties(p.Guangzhou, p.Barcelona, p.Bologna, p.Granada, p.Stuttgart, p.Rome),
        };
        BariTwinning = new Agreement
        {
            Title = "Twinning Bari – Guangzhou", Kind = AgreementKind.TwinningAgreement, Status = AgreementStatus.Active,
            SignedOn = FirstOf(1986), Summary = "The cities have been twinned since 1986; only the year is known.",
            Parties = Parties(p.Bari, p.Guangzhou),
        };

        Liuzhou = new Partnership
        {
            Name = "Liuzhou – Barcelona, Granada, Rome, Stuttgart Region, Mannheim", Programme = Iuc, Cluster = SmartCityEnergy,
            Since = FirstOf(2019, 6), Status = PartnershipStatus.Completed, Agreement = LiuzhouDeclaration,
            Themes = ["energy-transition", "smart-city", "mobility", "innovation-startups", "education-skills", "cultural-heritage",
                "silver-economy", "health-life-sciences"],
            Summary = "One-to-many pairing: Liuzhou with four EU cities and Stuttgart Region (including Ludwigsburg). Its pilot area is "
                + "Liudong New District with Binjiang Smart Valley. The plan also lists a Bologna contact although Bologna is not a member.",
            Members = Members(p.Liuzhou, p.Barcelona, p.Granada, p.Rome, p.StuttgartRegion, p.Mannheim),
        };
        Guangzhou = new Partnership
        {
            Name = "Guangzhou – Barcelona, Bologna, Granada, Stuttgart, Rome", Programme = Iuc, Cluster = InnovationHealth,
            Since = FirstOf(2017, 5), Status = PartnershipStatus.Completed, Agreement = GuangzhouDeclaration,
            Themes = ["smart-city", "health-life-sciences", "education-skills", "cultural-heritage", "energy-transition",
                "circular-economy", "industry-manufacturing", "innovation-startups"],
            Summary = "Guangzhou, with Guangzhou Development District as its main actor, paired with five EU cities on digital "
                + "transition, health and biotechnology, education and hydrogen energy.",
            Members = Members(p.Guangzhou, p.Barcelona, p.Bologna, p.Granada, p.Stuttgart, p.Rome),
        };
        BariGdd = new Partnership
        {
            Name = "Bari – Guangzhou Development District", Programme = Iurc, Since = FirstOf(2023, 3), Status = PartnershipStatus.Active,
            Agreement = BariTwinning,
            Themes = ["urban-planning", "mobility", "innovation-startups", "social-innovation", "agri-food", "green-infrastructure"],
            Summary = "Twin cities since 1986 that took up cooperation in IURC with a first working session in March 2023.",
            Members = Members(p.Gdd, p.Bari),
        };
    }

    private static List<AgreementParty> Parties(params Place[] places) => [.. places.Select(place => new AgreementParty { Place = place })];

    /// <summary>The first place is the partner-region side, the others the EU side.</summary>
    private static List<PartnershipMember> Members(Place partner, params Place[] eu) =>
        [new() { Place = partner, Side = MemberSide.Partner }, .. eu.Select(place => new PartnershipMember { Place = place, Side = MemberSide.Eu })];
}
