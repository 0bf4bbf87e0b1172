using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.PilotProjects;

/// <summary>The editable fields of a pilot project, shared by create, update, the form and the API.</summary>
public sealed class PilotProjectInput : Infrastructure.Web.IVersionedInput
{
    [Required, StringLength(300)] public string Title { get; set; } = "";
    [Required(ErrorMessage = "Choose the place where the pilot project runs.")] public int? PlaceId { get; set; }
    public int? PartnershipId { get; set; }
    public PilotProjectStatus Status { get; set; }
    [Range(0, 100, ErrorMessage = "Progress is a share from 0 to 100.")] public int Progress { get; set; }
    [StringLength(8000)] public string? Description { get; set; }
    /// <summary>Theme ids from <see cref="Reference.Themes"/>.</summary>
    public List<string> Themes { get; set; } = [];
    /// <summary>SDG numbers, 1 to 17.</summary>
    public List<int> Sdgs { get; set; } = [];
    /// <summary>The partner organisations' ids.</summary>
    public List<int> PartnerIds { get; set; } = [];
    public List<MilestoneInput> Milestones { get; set; } = [];
    /// <summary>The version the editor loaded; required for updates, ignored on create.</summary>
    public int Version { get; set; }

    /// <summary>Needs the project's <see cref="PilotProject.Partners"/> loaded.</summary>
    public static PilotProjectInput From(PilotProject p) => new()
    {
        Title = p.Title, PlaceId = p.PlaceId, PartnershipId = p.PartnershipId, Status = p.Status, Progress = p.Progress,
        Description = p.Description, Themes = [.. p.Themes], Sdgs = [.. p.Sdgs], PartnerIds = [.. p.Partners.Select(x => x.OrganisationId)],
        Milestones = [.. p.Milestones.Select(m => new MilestoneInput { Title = m.Title, DueOn = m.DueOn, DoneOn = m.DoneOn })],
        Version = p.Version,
    };

    /// <summary>Replaces the project's lists; partners that stay keep their rows.</summary>
    internal void ApplyTo(PilotProject p)
    {
        p.Title = Title.Trim();
        p.PlaceId = PlaceId ?? 0;
        p.PartnershipId = PartnershipId;
        p.Status = Status;
        p.Progress = Progress;
        p.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        p.Themes = InputValidation.CleanList(Themes);
        p.Sdgs = [.. Sdgs.Distinct().Order()];
        var partners = PartnerIds.Distinct().ToList();
        p.Partners.RemoveAll(x => !partners.Contains(x.OrganisationId));
        foreach (var id in partners.Where(id => p.Partners.All(x => x.OrganisationId != id)))
            p.Partners.Add(new PilotProjectPartner { OrganisationId = id });
        p.Milestones = [.. Milestones.Select(m => new Milestone { Title = m.Title.Trim(), DueOn = m.DueOn, DoneOn = m.DoneOn })];
    }

    /// <summary>Annotations first, then the rules that need the database.</summary>
    internal async Task<FieldErrors> ValidateAsync(AppDbContext db, CancellationToken ct)
    {
        // JSON may send null for a list; it means an empty one.
        Themes ??= [];
        Sdgs ??= [];
        PartnerIds ??= [];
        Milestones ??= [];
        var errors = InputValidation.Check(this);
        for (var i = 0; i < Milestones.Count; i++)
        {
            var milestoneErrors = InputValidation.Check(Milestones[i]).ToDictionary();
            foreach (var (field, messages) in milestoneErrors)
                foreach (var message in messages) errors.Add($"{nameof(Milestones)}[{i}].{field}", message);
        }
        var unknownThemes = Themes.Where(t => !Reference.Themes.Exists(t.Trim())).ToList();
        if (unknownThemes.Count > 0) errors.Add(nameof(Themes), $"Unknown theme(s): {string.Join(", ", unknownThemes)}.");
        var unknownSdgs = Sdgs.Where(s => !Reference.Sdgs.Exists(s)).ToList();
        if (unknownSdgs.Count > 0) errors.Add(nameof(Sdgs), $"SDGs are numbered 1 to 17, not {string.Join(", ", unknownSdgs)}.");

        if (PlaceId is int placeId && !await db.Places.AnyAsync(p => p.Id == placeId, ct))
            errors.Add(nameof(PlaceId), $"There is no place {placeId}.");
        if (PartnershipId is int partnershipId && !await db.Partnerships.AnyAsync(p => p.Id == partnershipId, ct))
            errors.Add(nameof(PartnershipId), $"There is no partnership {partnershipId}.");
        if (PartnerIds.Count > 0)
        {
            var wanted = PartnerIds.Distinct().ToList();
            var found = await db.Organisations.Where(o => wanted.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
            var missing = wanted.Except(found).ToList();
            if (missing.Count > 0) errors.Add(nameof(PartnerIds), $"There is no organisation {string.Join(", ", missing)}.");
        }
        return errors;
    }
}

public sealed class MilestoneInput
{
    [Required, StringLength(300)] public string Title { get; set; } = "";
    public DateOnly? DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }

    /// <summary>How a milestone reads in the edit-conflict comparison.</summary>
    public override string ToString() =>
        Title + (DueOn is null ? "" : $" (due {DueOn:yyyy-MM-dd})") + (DoneOn is null ? "" : $" (done {DoneOn:yyyy-MM-dd})");
}
