using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.Places;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.PilotProjects;

public enum PilotProjectStatus { Proposed, Endorsed, InProgress, Completed, Cancelled }

public sealed class PilotProject : Record
{
    public required string Title { get; set; }
    public int PlaceId { get; set; }
    public Place? Place { get; set; }
    public int? PartnershipId { get; set; }
    public Partnership? Partnership { get; set; }
    public PilotProjectStatus Status { get; set; }
    /// <summary>Share done, 0 to 100.</summary>
    public int Progress { get; set; }
    public string? Description { get; set; }
    public List<string> Themes { get; set; } = [];
    public List<int> Sdgs { get; set; } = [];
    public List<PilotProjectPartner> Partners { get; set; } = [];
    public List<Milestone> Milestones { get; set; } = [];
}

public sealed class PilotProjectPartner
{
    public int PilotProjectId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}

public sealed class Milestone
{
    public required string Title { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
}
