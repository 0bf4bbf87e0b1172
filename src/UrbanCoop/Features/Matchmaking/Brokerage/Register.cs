using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Brokerage;

public sealed class RegistrationInput
{
    public int EventId { get; set; }
    /// <summary>The participant's IANA zone; the event's zone when left out.</summary>
    public string? TimeZone { get; set; }
    public string? HoursFrom { get; set; }
    public string? HoursTo { get; set; }
    public List<int> AvailableSlots { get; set; } = [];
    [Range(1, 100)] public int? MaxMeetings { get; set; }
}

/// <summary>Registers an organisation for an event, or updates when it can meet.</summary>
public static class Register
{
    // No "Id": under /organisations/{id} the write filter reads a response's Id as the organisation's.
    public sealed record Registration(int ParticipantId, int EventId, int OrganisationId, string TimeZone);

    public static async Task<Outcome<Registration>> HandleAsync(AppDbContext db, int organisationId, RegistrationInput input, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
            return Outcome<Registration>.NotFound($"There is no organisation {organisationId}.");
        var brokerage = await db.BrokerageEvents.Include(e => e.Slots).FirstOrDefaultAsync(e => e.Id == input.EventId, ct);
        if (brokerage is null) return Outcome<Registration>.Invalid(nameof(input.EventId), $"There is no brokerage event {input.EventId}.");
        var errors = InputValidation.Check(input);
        var zone = string.IsNullOrWhiteSpace(input.TimeZone) ? brokerage.TimeZone : input.TimeZone.Trim();
        if (!InputValidation.IsTimeZone(zone)) errors.Add(nameof(input.TimeZone), $"'{zone}' is not a time zone such as Europe/Madrid or Asia/Shanghai.");
        var from = Clock(input.HoursFrom, nameof(input.HoursFrom), errors);
        var to = Clock(input.HoursTo, nameof(input.HoursTo), errors);
        if ((from is null) != (to is null)) errors.Add(nameof(input.HoursTo), "Give both ends of the hours, or neither.");
        else if (from is not null && string.CompareOrdinal(from, to) >= 0) errors.Add(nameof(input.HoursTo), $"The hours end ({to}) before they start ({from}).");
        var slotIds = brokerage.Slots.Select(s => s.Id).ToHashSet();
        foreach (var unknown in input.AvailableSlots.Where(s => !slotIds.Contains(s)))
            errors.Add(nameof(input.AvailableSlots), $"Slot {unknown} is not a slot of this event.");
        if (errors.Any) return Outcome<Registration>.Invalid(errors.ToDictionary());

        var participant = await RegisterAsync(db, brokerage.Id, organisationId, zone, ct);
        participant.TimeZone = zone;
        (participant.HoursFrom, participant.HoursTo) = (from, to);
        participant.AvailableSlots = [.. input.AvailableSlots.Distinct().Order()];
        participant.MaxMeetings = input.MaxMeetings;
        await db.SaveChangesAsync(ct);
        return Outcome<Registration>.Ok(new(participant.Id, brokerage.Id, organisationId, participant.TimeZone));
    }

    /// <summary>The organisation's participant row in the event, added (tracked, unsaved) when missing.</summary>
    internal static async Task<BrokerageParticipant> RegisterAsync(AppDbContext db, int eventId, int organisationId, string timeZone, CancellationToken ct)
    {
        var participant = await db.BrokerageParticipants.FirstOrDefaultAsync(p => p.EventId == eventId && p.OrganisationId == organisationId, ct);
        if (participant is null)
            db.BrokerageParticipants.Add(participant = new BrokerageParticipant { EventId = eventId, OrganisationId = organisationId, TimeZone = timeZone });
        return participant;
    }

    private static string? Clock(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t == "24:00" || TimeOnly.TryParseExact(t, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return t;
        errors.Add(field, $"'{text}' is not a time of day such as 08:00.");
        return null;
    }
}
