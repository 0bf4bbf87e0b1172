using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.People;

/// <summary>The editable fields of a person with the positions they hold, shared by create, update, the form and the API.</summary>
public sealed class PersonInput : Infrastructure.Web.IVersionedInput
{
    [Required, StringLength(100)] public string GivenName { get; set; } = "";
    [Required, StringLength(100)] public string FamilyName { get; set; } = "";
    public bool FamilyNameFirst { get; set; }
    [StringLength(20)] public string? Honorific { get; set; }
    [EmailAddress, StringLength(200)] public string? Email { get; set; }
    [StringLength(40), RegularExpression(@"^\+?[0-9 ()./-]{5,40}$", ErrorMessage = "Use digits, spaces and + ( ) - . / only, e.g. +86 772 123 4567.")]
    public string? Phone { get; set; }
    public bool ContactConsent { get; set; }
    public List<PositionInput> Positions { get; set; } = [];
    /// <summary>The version the editor loaded; required for updates, ignored on create.</summary>
    public int Version { get; set; }

    public static PersonInput From(Person p) => new()
    {
        GivenName = p.GivenName, FamilyName = p.FamilyName, FamilyNameFirst = p.FamilyNameFirst, Honorific = p.Honorific,
        Email = p.Email, Phone = p.Phone, ContactConsent = p.ContactConsent, Version = p.Version,
        Positions = [.. p.Positions.OrderBy(x => x.Id).Select(x => new PositionInput { OrganisationId = x.OrganisationId, Title = x.Title, Since = x.Since, Until = x.Until })],
    };

    internal void ApplyTo(Person p)
    {
        p.GivenName = GivenName.Trim();
        p.FamilyName = FamilyName.Trim();
        p.FamilyNameFirst = FamilyNameFirst;
        p.Honorific = Blank(Honorific);
        p.Email = Blank(Email);
        p.Phone = Blank(Phone);
        p.ContactConsent = ContactConsent;
        p.Positions.Clear();
        p.Positions.AddRange(Positions.Select(x => new Position
        {
            OrganisationId = x.OrganisationId!.Value, Title = x.Title.Trim(), Since = x.Since, Until = x.Until,
        }));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Annotations first (of the person and of each position), then the rules that need the database.</summary>
    internal async Task<FieldErrors> ValidateAsync(AppDbContext db, CancellationToken ct)
    {
        Positions ??= []; // an explicit JSON null
        var errors = InputValidation.Check(this);
        var organisationIds = Positions.Select(x => x.OrganisationId).OfType<int>().Distinct().ToList();
        var known = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        for (var i = 0; i < Positions.Count; i++)
        {
            var position = Positions[i];
            var field = $"{nameof(Positions)}[{i}]";
            foreach (var (name, messages) in InputValidation.Check(position).ToDictionary())
                foreach (var message in messages) errors.Add($"{field}.{name}", message);
            if (position.OrganisationId is int organisationId && !known.Contains(organisationId))
                errors.Add($"{field}.{nameof(PositionInput.OrganisationId)}", $"There is no organisation {organisationId}.");
            if (position.Since is { } since && position.Until is { } until && until < since)
                errors.Add($"{field}.{nameof(PositionInput.Until)}", "A position cannot end before it starts.");
        }
        return errors;
    }
}

/// <summary>A position held at an organisation; the person's positions are replaced as a whole on update.</summary>
public sealed record PositionInput
{
    [Required] public int? OrganisationId { get; set; }
    [Required, StringLength(200)] public string Title { get; set; } = "";
    public DateOnly? Since { get; set; }
    public DateOnly? Until { get; set; }

    internal bool IsBlank => OrganisationId is null && string.IsNullOrWhiteSpace(Title) && Since is null && Until is null;

    /// <summary>How the edit-conflict table shows a position.</summary>
    public override string ToString() => $"{Title?.Trim()} @ {OrganisationId} ({Since:yyyy-MM-dd} – {Until:yyyy-MM-dd})";
}
