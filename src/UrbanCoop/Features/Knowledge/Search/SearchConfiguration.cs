using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace UrbanCoop.Features.Knowledge.Search;

// The provider's full-text structures (FTS5 tables and triggers, the tsvector column and the trigram index)
// are created by each provider's migration with SQL; the model holds only the portable tables.
internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> entry)
    {
        entry.Property(e => e.Kind).HasMaxLength(32);
        entry.Property(e => e.Title).HasMaxLength(1000);
        entry.Property(e => e.Url).HasMaxLength(200);
        entry.Property(e => e.Names).HasMaxLength(2000);
        entry.HasIndex(e => new { e.Kind, e.RecordId }).IsUnique();
        entry.HasMany(e => e.Facets).WithOne().HasForeignKey(f => f.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SearchFacetConfiguration : IEntityTypeConfiguration<SearchFacet>
{
    public void Configure(EntityTypeBuilder<SearchFacet> facet)
    {
        facet.HasKey(f => new { f.EntryId, f.Name, f.Value });
        facet.Property(f => f.Name).HasMaxLength(16);
        facet.Property(f => f.Value).HasMaxLength(64);
        facet.HasIndex(f => new { f.Name, f.Value, f.EntryId });
    }
}

internal sealed class SearchTermConfiguration : IEntityTypeConfiguration<SearchTerm>
{
    public void Configure(EntityTypeBuilder<SearchTerm> term)
    {
        term.HasKey(t => t.Term);
        term.Property(t => t.Term).HasMaxLength(64);
    }
}
