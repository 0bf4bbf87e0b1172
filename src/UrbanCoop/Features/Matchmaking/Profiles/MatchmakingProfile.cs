using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Matchmaking.Profiles;

/// <summary>What an organisation offers partners abroad and what it looks for; one per organisation.</summary>
public sealed class MatchmakingProfile : Record
{
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    /// <summary>Themes it can bring (expertise, technology, services).</summary>
    public List<string> Offers { get; set; } = [];
    /// <summary>Themes it needs a partner for.</summary>
    public List<string> Seeks { get; set; } = [];
    public List<string> Sectors { get; set; } = [];
    /// <summary>ISO country codes it wants partners in; empty means anywhere abroad.</summary>
    public List<string> TargetCountries { get; set; } = [];
    public string? OfferText { get; set; }
    public string? SeekText { get; set; }
}

internal sealed class MatchmakingProfileConfiguration : IEntityTypeConfiguration<MatchmakingProfile>
{
    public void Configure(EntityTypeBuilder<MatchmakingProfile> profile)
    {
        profile.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        profile.HasIndex(p => p.OrganisationId).IsUnique();
        profile.Property(p => p.OfferText).HasMaxLength(4000);
        profile.Property(p => p.SeekText).HasMaxLength(4000);
    }
}
