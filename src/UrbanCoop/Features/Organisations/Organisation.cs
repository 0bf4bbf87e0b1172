using UrbanCoop.Features.Places;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Organisations;

/// <summary>The triple helix plus civil society and the programme's own bodies.</summary>
public enum OrganisationKind { PublicAuthority, Business, Research, Education, Programme, CivilSociety }

public sealed class Organisation : Record
{
    public required string Name { get; set; }
    public string? Acronym { get; set; }
    public List<string> Aliases { get; set; } = [];
    public OrganisationKind Kind { get; set; }
    public int? PlaceId { get; set; }
    public Place? Place { get; set; }
    public int? ParentId { get; set; }
    public Organisation? Parent { get; set; }
    public string? Website { get; set; }
    public string? Description { get; set; }
}
