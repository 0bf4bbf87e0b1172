using UrbanCoop.Features.Partnerships;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.ActionPlans;

public enum ActionPlanStatus { Draft, Submitted, Endorsed, Superseded }

/// <summary>
/// One version of a partnership's action plan (UCAP); its text sections follow the
/// "UCAP at a Glance" summary table.
/// </summary>
public sealed class ActionPlan : Record
{
    public int PartnershipId { get; set; }
    public Partnership? Partnership { get; set; }
    public required string Title { get; set; }
    public int VersionNumber { get; set; } = 1;
    public ActionPlanStatus Status { get; set; }
    public DateOnly? EndorsedOn { get; set; }
    public string? KeyFocus { get; set; }
    public string? KeyChallenges { get; set; }
    public string? MainObjective { get; set; }
    public string? ActivitiesAndOutputs { get; set; }
    public string? ExpectedResults { get; set; }
    public string? Contacts { get; set; }
    public List<ActionPlanTheme> Themes { get; set; } = [];
}

/// <summary>A cooperation theme of the plan with the SDGs and EU Urban Agenda partnerships it cites.</summary>
public sealed class ActionPlanTheme
{
    public required string Title { get; set; }
    public string? ThemeId { get; set; }
    public string? Description { get; set; }
    public List<int> Sdgs { get; set; } = [];
    public List<string> UrbanAgenda { get; set; } = [];
}
