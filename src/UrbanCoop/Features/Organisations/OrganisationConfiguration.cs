using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace UrbanCoop.Features.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.Property(o => o.Description).HasMaxLength(8000);
        organisation.HasOne(o => o.Place).WithMany().HasForeignKey(o => o.PlaceId).OnDelete(DeleteBehavior.Restrict);
        organisation.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        organisation.HasIndex(o => o.Name);
        // A place's organisations by name, and their ids for its people, without reading the table.
        organisation.HasIndex(o => new { o.PlaceId, o.Name, o.Id });
    }
}
