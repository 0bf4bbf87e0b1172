using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.People;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Activities;

public enum ActivityKind
{
    Meeting, OnlineMeeting, Mission, StudyVisit, SiteVisit, Forum, RoundTable, Workshop, WorkingSession, Conference,
}

public enum ActivityStatus { Planned, Held, Cancelled }

public sealed class Activity : Record
{
    public required string Title { get; set; }
    public ActivityKind Kind { get; set; }
    public ActivityStatus Status { get; set; }
    public int ProgrammeId { get; set; }
    public Programme? Programme { get; set; }
    public int? PartnershipId { get; set; }
    public Partnership? Partnership { get; set; }
    /// <summary>A site visit or forum inside a mission.</summary>
    public int? ParentId { get; set; }
    public Activity? Parent { get; set; }
    /// <summary>Start and end as UTC instants; <see cref="TimeZone"/> says how to show them.</summary>
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    /// <summary>IANA time zone of the venue (or of the organiser for online meetings).</summary>
    public required string TimeZone { get; set; }
    /// <summary>Only dates are known (a mission "09 – 15 June 2019").</summary>
    public bool AllDay { get; set; }
    public string? Venue { get; set; }
    public bool Online { get; set; }
    public string? OnlineUrl { get; set; }
    /// <summary>The participant figure a source states ("over 100" is 100).</summary>
    public int? ParticipantCount { get; set; }
    public string? Summary { get; set; }
    public List<string> Themes { get; set; } = [];
    public List<int> Sdgs { get; set; } = [];
    public List<ActivityPlace> Places { get; set; } = [];
    public List<ActivityOrganiser> Organisers { get; set; } = [];
    public List<Participant> Participants { get; set; } = [];
    public List<AgendaItem> Agenda { get; set; } = [];
    public List<Outcome> Outcomes { get; set; } = [];
}

public sealed class ActivityPlace
{
    public int ActivityId { get; set; }
    public int PlaceId { get; set; }
    public Place? Place { get; set; }
    /// <summary>
    /// A copy of the activity's <see cref="Activity.StartsAt"/>, so that a place's timeline is read in order from one
    /// index on (PlaceId, StartsAt) instead of sorting all of a busy place's activities. Every save copies it
    /// (<see cref="CopyStartTimes"/>); nothing else writes it.
    /// </summary>
    public DateTime StartsAt { get; set; }

    /// <summary>
    /// Called by <see cref="AppDbContext"/> before each save: gives every link of a tracked activity the activity's
    /// start. A new link whose activity is not tracked, or a start changed without the links loaded, is a bug
    /// that would leave the copy stale, so it throws.
    /// </summary>
    internal static void CopyStartTimes(ChangeTracker changes)
    {
        var copied = new HashSet<ActivityPlace>(ReferenceEqualityComparer.Instance);
        foreach (var entry in changes.Entries<Activity>())
        {
            if (entry.State is EntityState.Deleted or EntityState.Detached) continue;
            if (entry.State == EntityState.Modified && entry.Property(a => a.StartsAt).IsModified && !entry.Collection(a => a.Places).IsLoaded)
                throw new InvalidOperationException($"Activity {entry.Entity.Id}: load its Places to change StartsAt (ActivityPlace keeps a copy).");
            foreach (var link in entry.Entity.Places)
            {
                link.StartsAt = entry.Entity.StartsAt;
                copied.Add(link);
            }
        }
        if (changes.Entries<ActivityPlace>().Any(e => e.State == EntityState.Added && !copied.Contains(e.Entity)))
            throw new InvalidOperationException("Add an ActivityPlace through its activity's Places, so that it gets the activity's StartsAt.");
    }
}

public sealed class ActivityOrganiser
{
    public int ActivityId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}

/// <summary>Someone who took part: a person, an organisation, or both (a person for an organisation).</summary>
public sealed class Participant
{
    public int Id { get; set; }
    public int ActivityId { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    /// <summary>Speaker, moderator, delegate ...</summary>
    public string? Role { get; set; }
}

public sealed class AgendaItem
{
    public TimeOnly? At { get; set; }
    public required string Title { get; set; }
    public string? Speaker { get; set; }
}

public enum OutcomeKind { Decision, NextStep, Study, Agreement, Note }

public sealed class Outcome
{
    public OutcomeKind Kind { get; set; }
    public required string Text { get; set; }
}
