using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace UrbanCoop.Features.Matchmaking.Brokerage;

internal sealed class BrokerageEventConfiguration : IEntityTypeConfiguration<BrokerageEvent>
{
    public void Configure(EntityTypeBuilder<BrokerageEvent> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.TimeZone).HasMaxLength(64);
        e.HasOne(x => x.Activity).WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.SetNull);
        e.HasMany(x => x.Slots).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Participants).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BrokerageParticipantConfiguration : IEntityTypeConfiguration<BrokerageParticipant>
{
    public void Configure(EntityTypeBuilder<BrokerageParticipant> p)
    {
        p.ToTable("BrokerageParticipants");
        p.Property(x => x.TimeZone).HasMaxLength(64);
        p.Property(x => x.HoursFrom).HasMaxLength(5);
        p.Property(x => x.HoursTo).HasMaxLength(5);
        p.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        p.HasIndex(x => new { x.EventId, x.OrganisationId }).IsUnique();
    }
}

internal sealed class MeetingRequestConfiguration : IEntityTypeConfiguration<MeetingRequest>
{
    public void Configure(EntityTypeBuilder<MeetingRequest> r)
    {
        r.HasOne(x => x.Event).WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        r.HasOne(x => x.From).WithMany().HasForeignKey(x => x.FromId).OnDelete(DeleteBehavior.Restrict);
        r.HasOne(x => x.To).WithMany().HasForeignKey(x => x.ToId).OnDelete(DeleteBehavior.Restrict);
        r.HasOne(x => x.Slot).WithMany().HasForeignKey(x => x.SlotId).OnDelete(DeleteBehavior.Restrict);
        r.Property(x => x.Note).HasMaxLength(1000);
        r.Property(x => x.Table).HasMaxLength(40);
        r.Property(x => x.UnscheduledReason).HasMaxLength(200);
        r.HasIndex(x => new { x.EventId, x.Status });
    }
}
