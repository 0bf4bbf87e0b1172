using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.ActionPlans;

/// <summary>A cooperation theme of the plan as the editor gives it.</summary>
public sealed class ActionPlanThemeInput
{
    [Required, StringLength(200)] public string Title { get; set; } = "";
    public string? ThemeId { get; set; }
    [StringLength(4000)] public string? Description { get; set; }
    public List<int> Sdgs { get; set; } = [];
    public List<string> UrbanAgenda { get; set; } = [];

    /// <summary>An empty row of the form, left for adding a theme.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(ThemeId)
        && string.IsNullOrWhiteSpace(Description) && Sdgs.Count == 0 && UrbanAgenda.Count == 0;

    public override string ToString() =>
        $"{Title} [{ThemeId}] SDG {string.Join(" ", Sdgs)}; UA {string.Join(" ", UrbanAgenda)}{(Description is null ? "" : ": " + Description)}";
}

/// <summary>The editable fields of an action-plan version, shared by create, update, the form and the API.</summary>
public sealed class ActionPlanInput : Infrastructure.Web.IVersionedInput
{
    public const int SectionLength = 20000;

    public int PartnershipId { get; set; }
    [Required, StringLength(200)] public string Title { get; set; } = "";
    /// <summary>Empty on create means the partnership's next version.</summary>
    [Range(1, 999)] public int? VersionNumber { get; set; }
    public ActionPlanStatus Status { get; set; }
    public DateOnly? EndorsedOn { get; set; }
    [StringLength(SectionLength)] public string? KeyFocus { get; set; }
    [StringLength(SectionLength)] public string? KeyChallenges { get; set; }
    [StringLength(SectionLength)] public string? MainObjective { get; set; }
    [StringLength(SectionLength)] public string? ActivitiesAndOutputs { get; set; }
    [StringLength(SectionLength)] public string? ExpectedResults { get; set; }
    [StringLength(SectionLength)] public string? Contacts { get; set; }
    public List<ActionPlanThemeInput> Themes { get; set; } = [];
    /// <summary>The version the editor loaded; required for updates, ignored on create.</summary>
    public int Version { get; set; }

    public static ActionPlanInput From(ActionPlan p) => new()
    {
        PartnershipId = p.PartnershipId, Title = p.Title, VersionNumber = p.VersionNumber, Status = p.Status, EndorsedOn = p.EndorsedOn,
        KeyFocus = p.KeyFocus, KeyChallenges = p.KeyChallenges, MainObjective = p.MainObjective,
        ActivitiesAndOutputs = p.ActivitiesAndOutputs, ExpectedResults = p.ExpectedResults, Contacts = p.Contacts, Version = p.Version,
        Themes = [.. p.Themes.Select(t => new ActionPlanThemeInput
        {
            Title = t.Title, ThemeId = t.ThemeId, Description = t.Description, Sdgs = [.. t.Sdgs], UrbanAgenda = [.. t.UrbanAgenda],
        })],
    };

    internal void ApplyTo(ActionPlan p)
    {
        p.PartnershipId = PartnershipId;
        p.Title = Title.Trim();
        if (VersionNumber is int number) p.VersionNumber = number;
        p.Status = Status;
        p.EndorsedOn = EndorsedOn;
        p.KeyFocus = KeyFocus;
        p.KeyChallenges = KeyChallenges;
        p.MainObjective = MainObjective;
        p.ActivitiesAndOutputs = ActivitiesAndOutputs;
        p.ExpectedResults = ExpectedResults;
        p.Contacts = Contacts;
        p.Themes = [.. Themes.Select(t => new ActionPlanTheme
        {
            Title = t.Title.Trim(), ThemeId = string.IsNullOrWhiteSpace(t.ThemeId) ? null : t.ThemeId.Trim(),
            Description = string.IsNullOrWhiteSpace(t.Description) ? null : t.Description, Sdgs = [.. t.Sdgs.Distinct().Order()],
            UrbanAgenda = InputValidation.CleanList(t.UrbanAgenda),
        })];
    }

    /// <summary>Annotations first (the plan's and each theme's), then the rules that need the database.</summary>
    internal async Task<FieldErrors> ValidateAsync(AppDbContext db, int? selfId, CancellationToken ct)
    {
        var errors = InputValidation.Check(this);
        if (!await db.Partnerships.AnyAsync(p => p.Id == PartnershipId, ct))
            errors.Add(nameof(PartnershipId), PartnershipId == 0 ? "Choose the partnership." : $"There is no partnership {PartnershipId}.");
        else if (VersionNumber is int number && await VersionTakenAsync(db, PartnershipId, number, selfId, ct))
            errors.Add(nameof(VersionNumber), $"This partnership already has version {number} of its action plan.");
        if (Status is ActionPlanStatus.Draft && EndorsedOn is not null)
            errors.Add(nameof(EndorsedOn), "A draft has no endorsement date.");
        for (var i = 0; i < Themes.Count; i++) ValidateTheme(Themes[i], $"{nameof(Themes)}[{i}]", errors);
        return errors;
    }

    internal static Task<bool> VersionTakenAsync(AppDbContext db, int partnershipId, int number, int? selfId, CancellationToken ct) =>
        db.ActionPlans.AnyAsync(a => a.PartnershipId == partnershipId && a.VersionNumber == number && a.Id != selfId, ct);

    private static void ValidateTheme(ActionPlanThemeInput theme, string prefix, FieldErrors errors)
    {
        foreach (var (field, messages) in InputValidation.Check(theme).ToDictionary())
            foreach (var message in messages) errors.Add($"{prefix}.{field}", message);
        if (!string.IsNullOrWhiteSpace(theme.ThemeId) && !Reference.Themes.Exists(theme.ThemeId.Trim()))
            errors.Add($"{prefix}.{nameof(theme.ThemeId)}", $"'{theme.ThemeId}' is not a theme id such as smart-city.");
        foreach (var sdg in theme.Sdgs.Where(s => !Sdgs.Exists(s)))
            errors.Add($"{prefix}.{nameof(theme.Sdgs)}", $"SDG {sdg} does not exist; the goals are numbered 1 to 17.");
        foreach (var id in theme.UrbanAgenda.Where(u => !Reference.UrbanAgenda.Exists(u.Trim())))
            errors.Add($"{prefix}.{nameof(theme.UrbanAgenda)}", $"'{id}' is not an EU Urban Agenda partnership id such as urban-mobility.");
    }
}
