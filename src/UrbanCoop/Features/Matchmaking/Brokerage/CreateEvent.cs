using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Brokerage;

public sealed record SlotTimes(DateTime StartsAt, DateTime EndsAt);

public sealed class EventInput
{
    [Required, StringLength(200)] public string Name { get; set; } = "";
    public int? ActivityId { get; set; }
    [Required] public string TimeZone { get; set; } = "";
    public bool Online { get; set; }
    public List<string> Tables { get; set; } = [];
    /// <summary>UTC start and end of each slot.</summary>
    public List<SlotTimes> Slots { get; set; } = [];
}

public static class CreateEvent
{
    public sealed record Created(int Id, string Name);

    public static async Task<Outcome<Created>> HandleAsync(AppDbContext db, EventInput input, CancellationToken ct)
    {
        var errors = InputValidation.Check(input);
        if (!string.IsNullOrWhiteSpace(input.TimeZone) && !InputValidation.IsTimeZone(input.TimeZone))
            errors.Add(nameof(input.TimeZone), $"'{input.TimeZone}' is not a time zone such as Europe/Madrid or Asia/Shanghai.");
        var tables = InputValidation.CleanList(input.Tables);
        if (tables.Count == 0) errors.Add(nameof(input.Tables), "The event has no tables or virtual rooms.");
        if (input.Slots.Count == 0) errors.Add(nameof(input.Slots), "The event has no slots.");
        foreach (var (slot, i) in input.Slots.Select((s, i) => (s, i)).Where(x => x.s.EndsAt <= x.s.StartsAt))
            errors.Add(nameof(input.Slots), $"Slot {i + 1} ends ({slot.EndsAt:u}) before it starts ({slot.StartsAt:u}).");
        if (input.ActivityId is int activityId && !await db.Activities.AnyAsync(a => a.Id == activityId, ct))
            errors.Add(nameof(input.ActivityId), $"There is no activity {activityId}.");
        if (errors.Any) return Outcome<Created>.Invalid(errors.ToDictionary());

        var brokerage = new BrokerageEvent
        {
            Name = input.Name.Trim(), ActivityId = input.ActivityId, TimeZone = input.TimeZone, Online = input.Online, Tables = tables,
            Slots = [.. input.Slots.OrderBy(s => s.StartsAt).Select(s => new BrokerageSlot { StartsAt = Utc(s.StartsAt), EndsAt = Utc(s.EndsAt) })],
        };
        db.BrokerageEvents.Add(brokerage);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Created(new Created(brokerage.Id, brokerage.Name));
    }

    private static DateTime Utc(DateTime t) => t.Kind == DateTimeKind.Utc ? t : DateTime.SpecifyKind(t.ToUniversalTime(), DateTimeKind.Utc);
}
