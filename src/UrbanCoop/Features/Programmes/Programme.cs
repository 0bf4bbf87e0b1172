using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Programmes;

public sealed class Programme : Record
{
    public required string Name { get; set; }
    public string? Acronym { get; set; }
    public string? Funder { get; set; }
    public string? Description { get; set; }
    /// <summary>World regions the programme pairs with the EU, e.g. "China", "India".</summary>
    public List<string> WorldRegions { get; set; } = [];
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? Website { get; set; }
}
