using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace UrbanCoop.Features.PilotProjects;

internal sealed class PilotProjectConfiguration : IEntityTypeConfiguration<PilotProject>
{
    public void Configure(EntityTypeBuilder<PilotProject> project)
    {
        project.Property(p => p.Description).HasMaxLength(8000);
        project.HasOne(p => p.Place).WithMany().HasForeignKey(p => p.PlaceId).OnDelete(DeleteBehavior.Restrict);
        project.HasOne(p => p.Partnership).WithMany().HasForeignKey(p => p.PartnershipId).OnDelete(DeleteBehavior.SetNull);
        project.HasMany(p => p.Partners).WithOne().HasForeignKey(p => p.PilotProjectId).OnDelete(DeleteBehavior.Cascade);
        project.OwnsMany(p => p.Milestones, milestone => milestone.ToJson());
    }
}

internal sealed class PilotProjectPartnerConfiguration : IEntityTypeConfiguration<PilotProjectPartner>
{
    public void Configure(EntityTypeBuilder<PilotProjectPartner> partner)
    {
        partner.HasKey(p => new { p.PilotProjectId, p.OrganisationId });
        partner.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
