using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Agreements;

/// <summary>
/// The editable fields of an agreement, shared by create, update, the form and the API. Each party is an
/// organisation or a place; the parties are replaced as a whole on update.
/// </summary>
public sealed class AgreementInput : Infrastructure.Web.IVersionedInput
{
    [Required, StringLength(300)] public string Title { get; set; } = "";
    public AgreementKind Kind { get; set; }
    public AgreementStatus Status { get; set; }
    public DateOnly? SignedOn { get; set; }
    /// <summary>How many agreements the record stands for ("10 MoUs were signed").</summary>
    [Range(1, 10_000)] public int Quantity { get; set; } = 1;
    public int? ActivityId { get; set; }
    public List<string> Themes { get; set; } = [];
    [StringLength(4000)] public string? Summary { get; set; }
    public List<int> OrganisationIds { get; set; } = [];
    public List<int> PlaceIds { get; set; } = [];
    /// <summary>The version the editor loaded; required for updates, ignored on create.</summary>
    public int Version { get; set; }

    public static AgreementInput From(Agreement a) => new()
    {
        Title = a.Title, Kind = a.Kind, Status = a.Status, SignedOn = a.SignedOn, Quantity = a.Quantity, ActivityId = a.ActivityId,
        Themes = [.. a.Themes], Summary = a.Summary, Version = a.Version,
        OrganisationIds = [.. a.Parties.OrderBy(p => p.Id).Select(p => p.OrganisationId).OfType<int>()],
        PlaceIds = [.. a.Parties.OrderBy(p => p.Id).Select(p => p.PlaceId).OfType<int>()],
    };

    internal void ApplyTo(Agreement a)
    {
        a.Title = Title.Trim();
        a.Kind = Kind;
        a.Status = Status;
        a.SignedOn = SignedOn;
        a.Quantity = Quantity;
        a.ActivityId = ActivityId;
        a.Themes = InputValidation.CleanList(Themes);
        a.Summary = string.IsNullOrWhiteSpace(Summary) ? null : Summary.Trim();
        a.Parties.Clear();
        a.Parties.AddRange(OrganisationIds.Distinct().Select(id => new AgreementParty { OrganisationId = id }));
        a.Parties.AddRange(PlaceIds.Distinct().Select(id => new AgreementParty { PlaceId = id }));
    }

    /// <summary>Annotations first, then the rules that need the database.</summary>
    internal async Task<FieldErrors> ValidateAsync(AppDbContext db, CancellationToken ct)
    {
        // An explicit JSON null leaves a list null.
        Themes ??= [];
        OrganisationIds ??= [];
        PlaceIds ??= [];
        var errors = InputValidation.Check(this);
        foreach (var theme in Themes.Where(t => !string.IsNullOrWhiteSpace(t) && !Reference.Themes.Exists(t.Trim())))
            errors.Add(nameof(Themes), $"'{theme}' is not a theme id such as smart-city.");
        if (ActivityId is int activityId && !await db.Activities.AnyAsync(a => a.Id == activityId, ct))
            errors.Add(nameof(ActivityId), $"There is no activity {activityId}.");
        var organisationIds = OrganisationIds.Distinct().ToList();
        var knownOrganisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        foreach (var id in organisationIds.Except(knownOrganisations)) errors.Add(nameof(OrganisationIds), $"There is no organisation {id}.");
        var placeIds = PlaceIds.Distinct().ToList();
        var knownPlaces = await db.Places.Where(p => placeIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        foreach (var id in placeIds.Except(knownPlaces)) errors.Add(nameof(PlaceIds), $"There is no place {id}.");
        return errors;
    }
}
