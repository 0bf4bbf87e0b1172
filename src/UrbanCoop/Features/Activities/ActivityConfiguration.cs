using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace UrbanCoop.Features.Activities;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> activity)
    {
        activity.Property(a => a.Summary).HasMaxLength(8000);
        activity.Property(a => a.TimeZone).HasMaxLength(64);
        activity.Property(a => a.OnlineUrl).HasMaxLength(1000);
        activity.HasOne(a => a.Programme).WithMany().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        activity.HasOne(a => a.Partnership).WithMany().HasForeignKey(a => a.PartnershipId).OnDelete(DeleteBehavior.SetNull);
        activity.HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        activity.HasMany(a => a.Places).WithOne().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
        activity.HasMany(a => a.Organisers).WithOne().HasForeignKey(o => o.ActivityId).OnDelete(DeleteBehavior.Cascade);
        activity.HasMany(a => a.Participants).WithOne().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
        activity.OwnsMany(a => a.Agenda, agenda => agenda.ToJson());
        activity.OwnsMany(a => a.Outcomes, outcome => outcome.ToJson());
        activity.HasIndex(a => a.StartsAt);
        // A partnership's timeline reads its activities in date order straight from the index.
        activity.HasIndex(a => new { a.PartnershipId, a.StartsAt, a.Id });
        activity.HasIndex(a => a.ParentId);
    }
}

internal sealed class ActivityPlaceConfiguration : IEntityTypeConfiguration<ActivityPlace>
{
    public void Configure(EntityTypeBuilder<ActivityPlace> link)
    {
        link.HasKey(l => new { l.ActivityId, l.PlaceId });
        link.HasOne(l => l.Place).WithMany().HasForeignKey(l => l.PlaceId).OnDelete(DeleteBehavior.Restrict);
        // A place's timeline, newest first (ties by activity id, as the activities list sorts), and its activity count.
        link.HasIndex(l => new { l.PlaceId, l.StartsAt, l.ActivityId }).IsDescending(false, true, false);
    }
}

internal sealed class ActivityOrganiserConfiguration : IEntityTypeConfiguration<ActivityOrganiser>
{
    public void Configure(EntityTypeBuilder<ActivityOrganiser> link)
    {
        link.HasKey(l => new { l.ActivityId, l.OrganisationId });
        link.HasOne(l => l.Organisation).WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        link.HasIndex(l => l.OrganisationId);
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> participant)
    {
        participant.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        participant.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        participant.HasIndex(p => p.PersonId);
        participant.HasIndex(p => p.OrganisationId);
    }
}
