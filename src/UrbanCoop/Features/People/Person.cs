using UrbanCoop.Features.Organisations;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.People;

public sealed class Person : Record
{
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    /// <summary>Written family name first, as for Chinese names ("WU Wenneng").</summary>
    public bool FamilyNameFirst { get; set; }
    public string? Honorific { get; set; }
    /// <summary>Personal data: shown only to signed-in members, and only with consent.</summary>
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool ContactConsent { get; set; }
    public List<Position> Positions { get; set; } = [];

    public string DisplayName => PersonNames.Display(GivenName, FamilyName, FamilyNameFirst);
}

/// <summary>A role a person holds at an organisation over time.</summary>
public sealed class Position
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string Title { get; set; }
    public DateOnly? Since { get; set; }
    public DateOnly? Until { get; set; }
}
