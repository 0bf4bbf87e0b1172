using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Activities;

/// <summary>
/// The editable fields of an activity, shared by create, update, the form and the API.
/// <see cref="StartsAt"/> and <see cref="EndsAt"/> are wall-clock times in <see cref="TimeZone"/>, as a programme
/// writes them ("10:00 in Liuzhou"); they are stored as UTC. A value with an offset or 'Z' is taken as that instant.
/// All-day activities keep only the dates: they run from local midnight of the first day to 23:59 of the last day,
/// so the stored end still falls on the last day (the demo data and <see cref="Display.When"/> read it that way).
/// </summary>
public sealed partial class ActivityInput : Infrastructure.Web.IVersionedInput
{
    [Required, StringLength(300)] public string Title { get; set; } = "";
    public ActivityKind Kind { get; set; }
    public ActivityStatus Status { get; set; }
    [Range(1, int.MaxValue, ErrorMessage = "Choose the programme.")] public int ProgrammeId { get; set; }
    public int? PartnershipId { get; set; }
    /// <summary>The mission a site visit or forum belongs to.</summary>
    public int? ParentId { get; set; }
    [Required] public DateTime? StartsAt { get; set; }
    [Required] public DateTime? EndsAt { get; set; }
    [Required, StringLength(64)] public string TimeZone { get; set; } = "";
    public bool AllDay { get; set; }
    [StringLength(300)] public string? Venue { get; set; }
    public bool Online { get; set; }
    [StringLength(1000)] public string? OnlineUrl { get; set; }
    [Range(0, 1_000_000)] public int? ParticipantCount { get; set; }
    [StringLength(8000)] public string? Summary { get; set; }
    public List<string> Themes { get; set; } = [];
    public List<int> Sdgs { get; set; } = [];
    public List<int> PlaceIds { get; set; } = [];
    public List<int> OrganiserIds { get; set; } = [];
    public List<ParticipantInput> Participants { get; set; } = [];
    public List<AgendaLine> Agenda { get; set; } = [];
    public List<OutcomeLine> Outcomes { get; set; } = [];
    /// <summary>The version the editor loaded; required for updates, ignored on create.</summary>
    public int Version { get; set; }

    public static ActivityInput From(Activity a)
    {
        var start = Display.ToLocal(a.StartsAt, a.TimeZone);
        var end = Display.ToLocal(a.EndsAt, a.TimeZone);
        if (a.AllDay)
        {
            // Also reads ranges stored with an exclusive end (midnight after the last day).
            if (end.TimeOfDay == TimeSpan.Zero && end > start) end = end.AddDays(-1);
            (start, end) = (start.Date, end.Date);
        }
        return new()
        {
            Title = a.Title, Kind = a.Kind, Status = a.Status, ProgrammeId = a.ProgrammeId, PartnershipId = a.PartnershipId,
            ParentId = a.ParentId, StartsAt = start, EndsAt = end, TimeZone = a.TimeZone, AllDay = a.AllDay, Venue = a.Venue,
            Online = a.Online, OnlineUrl = a.OnlineUrl, ParticipantCount = a.ParticipantCount, Summary = a.Summary,
            Themes = [.. a.Themes], Sdgs = [.. a.Sdgs], PlaceIds = [.. a.Places.Select(p => p.PlaceId)],
            OrganiserIds = [.. a.Organisers.Select(o => o.OrganisationId)],
            Participants = [.. a.Participants.OrderBy(p => p.Id).Select(p => new ParticipantInput(p.PersonId, p.OrganisationId, p.Role))],
            Agenda = [.. a.Agenda.Select(i => new AgendaLine(i.At, i.Title, i.Speaker))],
            Outcomes = [.. a.Outcomes.Select(o => new OutcomeLine(o.Kind, o.Text))],
            Version = a.Version,
        };
    }

    /// <summary>Copies the fields onto <paramref name="a"/>; its Places, Organisers and Participants must be loaded.</summary>
    internal void ApplyTo(Activity a)
    {
        a.Title = Title.Trim();
        a.Kind = Kind;
        a.Status = Status;
        a.ProgrammeId = ProgrammeId;
        a.PartnershipId = PartnershipId;
        a.ParentId = ParentId;
        a.TimeZone = TimeZone.Trim();
        a.AllDay = AllDay;
        (a.StartsAt, a.EndsAt) = UtcRange(TimeZoneInfo.FindSystemTimeZoneById(a.TimeZone));
        a.Venue = Blank(Venue);
        a.Online = Online;
        a.OnlineUrl = Blank(OnlineUrl);
        a.ParticipantCount = ParticipantCount;
        a.Summary = Blank(Summary);
        a.Themes = InputValidation.CleanList(Themes);
        a.Sdgs = [.. Sdgs.Distinct().Order()];

        // Keep the rows that stay, so an unchanged list writes nothing.
        var placeIds = PlaceIds.Distinct().ToList();
        a.Places.RemoveAll(p => !placeIds.Contains(p.PlaceId));
        a.Places.AddRange(placeIds.Where(id => a.Places.All(p => p.PlaceId != id)).Select(id => new ActivityPlace { PlaceId = id }));
        var organiserIds = OrganiserIds.Distinct().ToList();
        a.Organisers.RemoveAll(o => !organiserIds.Contains(o.OrganisationId));
        a.Organisers.AddRange(organiserIds.Where(id => a.Organisers.All(o => o.OrganisationId != id)).Select(id => new ActivityOrganiser { OrganisationId = id }));
        var participants = Participants.Select(p => p with { Role = Blank(p.Role) }).Distinct().ToList();
        a.Participants.RemoveAll(p => !participants.Contains(new ParticipantInput(p.PersonId, p.OrganisationId, p.Role)));
        a.Participants.AddRange(participants
            .Where(p => !a.Participants.Any(x => x.PersonId == p.PersonId && x.OrganisationId == p.OrganisationId && x.Role == p.Role))
            .Select(p => new Participant { PersonId = p.PersonId, OrganisationId = p.OrganisationId, Role = p.Role }));

        a.Agenda = [.. Agenda.Select(i => new AgendaItem { At = i.At, Title = i.Title.Trim(), Speaker = Blank(i.Speaker) })];
        a.Outcomes = [.. Outcomes.Select(o => new Outcome { Kind = o.Kind, Text = o.Text.Trim() })];
    }

    /// <summary>Annotations first, then the rules that need the database.</summary>
    internal async Task<FieldErrors> ValidateAsync(AppDbContext db, int? selfId, CancellationToken ct)
    {
        // JSON may send null for a list; it means an empty one.
        (Themes, Sdgs, PlaceIds, OrganiserIds) = (Themes ?? [], Sdgs ?? [], PlaceIds ?? [], OrganiserIds ?? []);
        (Participants, Agenda, Outcomes) = (Participants ?? [], Agenda ?? [], Outcomes ?? []);
        var errors = InputValidation.Check(this);
        if (HasEmptyEntries())
        {
            errors.Add(string.Empty, "Lists cannot contain empty (null) entries.");
            return errors;
        }
        if (!Enum.IsDefined(Kind)) errors.Add(nameof(Kind), $"'{Kind}' is not a kind of activity.");
        if (!Enum.IsDefined(Status)) errors.Add(nameof(Status), $"'{Status}' is not an activity status.");
        CheckTimes(errors);
        if (OnlineUrl is { } url && !string.IsNullOrWhiteSpace(url) && !WebAddresses.IsHttp(url.Trim()))
            errors.Add(nameof(OnlineUrl), "Give the full web address, starting with https://.");
        foreach (var theme in Themes.Where(t => !Reference.Themes.Exists(t.Trim())))
            errors.Add(nameof(Themes), $"'{theme}' is not a theme id such as smart-city.");
        foreach (var sdg in Sdgs.Where(s => !Reference.Sdgs.Exists(s)))
            errors.Add(nameof(Sdgs), $"There is no SDG {sdg}; they are numbered 1 to 17.");
        await CheckRecordsAsync(db, selfId, errors, ct);
        await CheckPlacesAndPeopleAsync(db, errors, ct);
        CheckAgendaAndOutcomes(errors);
        return errors;
    }

    private async Task CheckRecordsAsync(AppDbContext db, int? selfId, FieldErrors errors, CancellationToken ct)
    {
        if (ProgrammeId > 0 && !await db.Programmes.AnyAsync(p => p.Id == ProgrammeId, ct))
            errors.Add(nameof(ProgrammeId), $"There is no programme {ProgrammeId}.");
        if (PartnershipId is int partnershipId)
        {
            var programme = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => (int?)p.ProgrammeId).FirstOrDefaultAsync(ct);
            if (programme is null) errors.Add(nameof(PartnershipId), $"There is no partnership {partnershipId}.");
            else if (ProgrammeId > 0 && programme != ProgrammeId) errors.Add(nameof(PartnershipId), "The partnership belongs to another programme.");
        }
        if (ParentId is int parentId)
        {
            if (parentId == selfId) errors.Add(nameof(ParentId), "An activity cannot be part of itself.");
            else if (!await db.Activities.AnyAsync(a => a.Id == parentId, ct)) errors.Add(nameof(ParentId), $"There is no activity {parentId}.");
            else if (selfId is int id && await IsInsideAsync(db, parentId, id, ct))
                errors.Add(nameof(ParentId), "The parent cannot be an activity inside this one.");
        }
    }

    private async Task CheckPlacesAndPeopleAsync(AppDbContext db, FieldErrors errors, CancellationToken ct)
    {
        var places = PlaceIds.Distinct().ToList();
        var missingPlaces = places.Except(await db.Places.Where(p => places.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToList();
        if (missingPlaces.Count > 0) errors.Add(nameof(PlaceIds), $"There is no place {string.Join(", ", missingPlaces)}.");
        var organisations = OrganiserIds.Concat(Participants.Select(p => p.OrganisationId ?? 0)).Where(id => id != 0).Distinct().ToList();
        var knownOrganisations = await db.Organisations.Where(o => organisations.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        var missingOrganisers = OrganiserIds.Distinct().Except(knownOrganisations).ToList();
        if (missingOrganisers.Count > 0) errors.Add(nameof(OrganiserIds), $"There is no organisation {string.Join(", ", missingOrganisers)}.");
        var people = Participants.Where(p => p.PersonId is not null).Select(p => p.PersonId!.Value).Distinct().ToList();
        var knownPeople = await db.People.Where(p => people.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);

        for (var i = 0; i < Participants.Count; i++)
        {
            var (personId, organisationId, role) = Participants[i];
            var what = $"Participant {i + 1}";
            if (personId is null && organisationId is null) errors.Add(nameof(Participants), $"{what}: give a person, an organisation or both.");
            if (personId is int p && !knownPeople.Contains(p)) errors.Add(nameof(Participants), $"{what}: there is no person {p}.");
            if (organisationId is int o && !knownOrganisations.Contains(o)) errors.Add(nameof(Participants), $"{what}: there is no organisation {o}.");
            if (role?.Length > 100) errors.Add(nameof(Participants), $"{what}: keep the role under 100 characters.");
        }
    }

    private void CheckAgendaAndOutcomes(FieldErrors errors)
    {
        for (var i = 0; i < Agenda.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Agenda[i].Title)) errors.Add(nameof(Agenda), $"Agenda item {i + 1} needs a title.");
            else if (Agenda[i].Title.Length > 300 || Agenda[i].Speaker?.Length > 200)
                errors.Add(nameof(Agenda), $"Agenda item {i + 1}: keep the title under 300 and the speaker under 200 characters.");
        }
        for (var i = 0; i < Outcomes.Count; i++)
        {
            if (!Enum.IsDefined(Outcomes[i].Kind)) errors.Add(nameof(Outcomes), $"Outcome {i + 1}: '{Outcomes[i].Kind}' is not a kind of outcome.");
            if (string.IsNullOrWhiteSpace(Outcomes[i].Text)) errors.Add(nameof(Outcomes), $"Outcome {i + 1} needs a text.");
            else if (Outcomes[i].Text.Length > 2000) errors.Add(nameof(Outcomes), $"Outcome {i + 1}: keep the text under 2,000 characters.");
        }
    }

    private bool HasEmptyEntries() =>
        Themes.Contains(null!) || Participants.Contains(null!) || Agenda.Contains(null!) || Outcomes.Contains(null!);

    private static async Task<bool> IsInsideAsync(AppDbContext db, int candidate, int ancestor, CancellationToken ct)
    {
        int? current = candidate;
        for (var depth = 0; current is int id && depth < 32; depth++)
        {
            if (id == ancestor) return true;
            current = await db.Activities.Where(a => a.Id == id).Select(a => a.ParentId).FirstOrDefaultAsync(ct);
        }
        return false;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

// ToString gives the short form the edit-conflict table shows.

/// <summary>A person, an organisation, or a person for an organisation, with a role ("speaker", "delegate").</summary>
public sealed record ParticipantInput(int? PersonId, int? OrganisationId, string? Role)
{
    public override string ToString() => $"person {PersonId}; organisation {OrganisationId}; {Role}".TrimEnd(' ', ';');
}

public sealed record AgendaLine(TimeOnly? At, string Title, string? Speaker)
{
    public override string ToString() => string.Join(" | ", new[] { At?.ToString("HH:mm"), Title, Speaker }.Where(p => !string.IsNullOrEmpty(p)));
}

public sealed record OutcomeLine(OutcomeKind Kind, string Text)
{
    public override string ToString() => $"{Display.Words(Kind)}: {Text}";
}
