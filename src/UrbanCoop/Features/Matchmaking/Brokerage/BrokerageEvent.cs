using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Matchmaking.Brokerage;

/// <summary>A matchmaking day or business round table: time slots, tables (or virtual rooms) and 1:1 meetings.</summary>
public sealed class BrokerageEvent : Record
{
    public required string Name { get; set; }
    /// <summary>The forum or round table the meetings are part of.</summary>
    public int? ActivityId { get; set; }
    public Activity? Activity { get; set; }
    /// <summary>The organiser's zone: the grid shows times in it.</summary>
    public required string TimeZone { get; set; }
    public bool Online { get; set; }
    public List<string> Tables { get; set; } = [];
    public List<BrokerageSlot> Slots { get; set; } = [];
    public List<BrokerageParticipant> Participants { get; set; } = [];
    public DateTime? ScheduledAt { get; set; }
    public int? Objective { get; set; }
    public int? UpperBound { get; set; }
}

public sealed class BrokerageSlot
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
}

/// <summary>An organisation registered for an event, with when it can meet.</summary>
public sealed class BrokerageParticipant
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string TimeZone { get; set; }
    /// <summary>Local opening hours ("08:00", "19:00"); both null means any time.</summary>
    public string? HoursFrom { get; set; }
    public string? HoursTo { get; set; }
    /// <summary>Slot ids it can attend; empty means all.</summary>
    public List<int> AvailableSlots { get; set; } = [];
    public int? MaxMeetings { get; set; }
}

public enum MeetingRequestStatus { Pending, Accepted, Declined, Cancelled }

/// <summary>One side asks the other for a 1:1 meeting; once accepted the scheduler gives it a slot and a table.</summary>
public sealed class MeetingRequest : Record
{
    public int EventId { get; set; }
    public BrokerageEvent? Event { get; set; }
    public int FromId { get; set; }
    public BrokerageParticipant? From { get; set; }
    public int ToId { get; set; }
    public BrokerageParticipant? To { get; set; }
    /// <summary>1 to 3, 3 the most wanted: the weight the scheduler maximises.</summary>
    public int Priority { get; set; } = 2;
    public MeetingRequestStatus Status { get; set; }
    public string? Note { get; set; }
    public int? SlotId { get; set; }
    public BrokerageSlot? Slot { get; set; }
    public string? Table { get; set; }
    /// <summary>Confirmed meetings stay where they are when the scheduler runs again.</summary>
    public bool Confirmed { get; set; }
    public string? UnscheduledReason { get; set; }
}
