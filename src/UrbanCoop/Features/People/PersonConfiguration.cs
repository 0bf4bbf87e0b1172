using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace UrbanCoop.Features.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.Property(p => p.GivenName).HasMaxLength(100);
        person.Property(p => p.FamilyName).HasMaxLength(100);
        person.Property(p => p.Honorific).HasMaxLength(20);
        person.Ignore(p => p.DisplayName);
        person.HasMany(p => p.Positions).WithOne().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        person.HasIndex(p => new { p.FamilyName, p.GivenName });
    }
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> position)
    {
        position.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // Who works at an organisation (or at a place's organisations) without reading the table.
        position.HasIndex(p => new { p.OrganisationId, p.PersonId });
    }
}
