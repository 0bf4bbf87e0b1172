using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.PilotProjects;
using static UrbanCoop.Features.Demo.DemoTime;

namespace UrbanCoop.Features.Demo;

/// <summary>Pilot projects of the two IUC action plans; progress figures and open due dates are demo estimates, not reported values.</summary>
internal sealed class DemoPilotProjects
{
    public readonly PilotProject SmartDistrict, Hydrogen, Incubator, DesignLab, HealthCluster;

    public IEnumerable<PilotProject> All => [SmartDistrict, Hydrogen, Incubator, DesignLab, HealthCluster];

    public DemoPilotProjects(DemoPlaces p, DemoOrganisations o, DemoPartnerships x)
    {
        Milestone roadMap = new() { Title = "Pilot defined in the road map (Liuzhou meeting)", DoneOn = FirstOf(2019, 9) };
        Milestone endorsed = new() { Title = "Endorsed by DG REGIO", DoneOn = FirstOf(2019, 11) };

        SmartDistrict = new PilotProject
        {
            Title = "Binjiang Smart Valley smart district study with Barcelona", Place = p.BinjiangSmartValley, Partnership = x.Liuzhou,
            Status = PilotProjectStatus.InProgress, Progress = 30,
            Description = "Barcelona experts, drawing on 22@, study a district block of Binjiang Smart Valley chosen by Liudong New "
                + "District: smart industry, water management, energy efficiency, smart mobility and exchange of industry and talent.",
            Themes = ["urban-planning", "smart-city", "water", "energy-transition", "mobility", "innovation-startups"],
            Sdgs = [7, 9, 11],
            Partners = Partners(o.UrbanismInstitute, o.Liudong, o.LiudongTechBureau, o.LiudongConstruction, o.LiudongInvestment),
            Milestones =
            [
                Copy(roadMap), Copy(endorsed),
                new() { Title = "Action plan drafted by Barcelona", DoneOn = FirstOf(2020, 4) },
                new() { Title = "Online stakeholders meeting", DueOn = new(2020, 5, 19), DoneOn = new(2020, 5, 19) },
                new() { Title = "Roadmap themes agreed with Liudong New District", DueOn = new(2020, 7, 17), DoneOn = new(2020, 7, 17) },
                new() { Title = "Liudong New District names the district block", DueOn = new(2020, 9, 30) },
                new() { Title = "Study by Barcelona experts delivered", DueOn = new(2020, 12, 31) },
            ],
        };
        Hydrogen = new PilotProject
        {
            Title = "Infrastructure for hydrogen vehicles in Liuzhou", Place = p.Liuzhou, Partnership = x.Liuzhou,
            Status = PilotProjectStatus.Endorsed, Progress = 15,
            Description = "Planning the refuelling infrastructure for hydrogen vehicles, part of the plan's smart city and mobility theme.",
            Themes = ["mobility", "energy-transition"], Sdgs = [9, 11],
            Partners = Partners(o.LiuzhouDrc, o.IndustryBureau),
            Milestones = [Copy(roadMap), Copy(endorsed)],
        };
        Incubator = new PilotProject
        {
            Title = "Liuzhou Technology Innovation Center / open incubator", Place = p.Liuzhou, Partnership = x.Liuzhou,
            Status = PilotProjectStatus.Endorsed, Progress = 10,
            Description = "An innovation centre and open incubator where start-ups from the EU cities and Liuzhou can work together.",
            Themes = ["innovation-startups"], Sdgs = [9],
            Partners = Partners(o.LiuzhouGovernment, o.LiudongPark),
            Milestones = [Copy(roadMap), Copy(endorsed), new() { Title = "First EU start-ups hosted", DueOn = new(2020, 12, 31) }],
        };
        DesignLab = new PilotProject
        {
            Title = "Virtual Industry Design Lab Guangzhou – Bologna", Place = p.Gdd, Partnership = x.Guangzhou,
            Status = PilotProjectStatus.InProgress, Progress = 20,
            Description = "A shared online lab for industrial design with the University of Bologna and Bologna's creativity cluster, "
                + "with training, incubation and online matching events for SMEs and start-ups.",
            Themes = ["industry-manufacturing", "innovation-startups", "education-skills"], Sdgs = [4, 9],
            Partners = Partners(o.BolognaUniversity, o.BolognaMetro, o.GddAdministration),
            Milestones =
            [
                new() { Title = "Online meeting Bologna – Guangzhou on industrial design", DoneOn = FirstOf(2020, 5) },
                new() { Title = "First online matching event", DueOn = new(2020, 12, 31) },
            ],
        };
        HealthCluster = new PilotProject
        {
            Title = "China-Europe health care cluster in Guangzhou Development District", Place = p.Gdd, Partnership = x.Guangzhou,
            Status = PilotProjectStatus.Proposed, Progress = 0,
            Description = "A possible cluster building on GDD's Bio-tech Island and an earlier collaboration with a Barcelona hospital.",
            Themes = ["health-life-sciences"], Sdgs = [3],
            Partners = Partners(o.GddAdministration),
            Milestones = [new() { Title = "MoUs on biotechnology and health technology with Granada, Rome and Barcelona" }],
        };
    }

    private static List<PilotProjectPartner> Partners(params Organisation[] organisations) =>
        [.. organisations.Select(organisation => new PilotProjectPartner { Organisation = organisation })];

    // Owned milestones are stored per project, so each project needs its own instance.
    private static Milestone Copy(Milestone m) => new() { Title = m.Title, DueOn = m.DueOn, DoneOn = m.DoneOn };
}
