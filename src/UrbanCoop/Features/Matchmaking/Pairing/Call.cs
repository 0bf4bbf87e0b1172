using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Matchmaking.Pairing;

/// <summary>A programme's call for applications: cities apply, the programme pairs EU cities with partner cities under its rules.</summary>
public sealed class Call : Record
{
    public required string Title { get; set; }
    public int ProgrammeId { get; set; }
    public Programme? Programme { get; set; }
    /// <summary>Each EU city gets one to this many partner cities; a partner city joins at most this many pairs.</summary>
    public int MaxPartners { get; set; } = 1;
    /// <summary>Cities below this population are not eligible; null means no threshold.</summary>
    public long? MinPopulation { get; set; } = 100_000;
    public bool Open { get; set; } = true;
    public List<CallApplication> Applications { get; set; } = [];
}

/// <summary>A city's application: its themes, its challenges and a short profile in its own words.</summary>
public sealed class CallApplication
{
    public int Id { get; set; }
    public int CallId { get; set; }
    public int PlaceId { get; set; }
    public Place? Place { get; set; }
    public List<string> Themes { get; set; } = [];
    public List<string> Challenges { get; set; } = [];
    public string? Profile { get; set; }
}

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> call)
    {
        call.Property(c => c.Title).HasMaxLength(200);
        call.HasOne(c => c.Programme).WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        call.HasMany(c => c.Applications).WithOne().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CallApplicationConfiguration : IEntityTypeConfiguration<CallApplication>
{
    public void Configure(EntityTypeBuilder<CallApplication> application)
    {
        application.HasOne(a => a.Place).WithMany().HasForeignKey(a => a.PlaceId).OnDelete(DeleteBehavior.Cascade);
        application.HasIndex(a => new { a.CallId, a.PlaceId }).IsUnique();
        application.Property(a => a.Profile).HasMaxLength(4000);
    }
}
