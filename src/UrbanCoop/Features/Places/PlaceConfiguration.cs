using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace UrbanCoop.Features.Places;

internal sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> place)
    {
        place.Property(p => p.Name).HasMaxLength(200);
        place.Property(p => p.CountryCode).HasMaxLength(2);
        place.Property(p => p.Summary).HasMaxLength(4000);
        place.HasOne(p => p.Parent).WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        place.HasIndex(p => p.Name);
        place.HasIndex(p => p.CountryCode);
    }
}
