using UrbanCoop.Features.Programmes;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Partnerships;

/// <summary>A thematic group of partnerships (smart city, energy ...).</summary>
public sealed class Cluster : Record
{
    public required string Name { get; set; }
    public int ProgrammeId { get; set; }
    public Programme? Programme { get; set; }
    public List<string> Themes { get; set; } = [];
    public string? Description { get; set; }
}
