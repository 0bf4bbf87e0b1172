using Microsoft.AspNetCore.Identity;

namespace UrbanCoop.Features.Accounts;

/// <summary>What a signed-in account may do; each role includes the rights of the ones before it in reading.</summary>
public enum UserRole { Member, OrganisationEditor, Coordinator, Admin }

public sealed class AppUser : IdentityUser
{
    public UserRole Role { get; set; }
    /// <summary>For coordinators: the places (cities, districts) whose records they edit.</summary>
    public List<int> PlaceIds { get; set; } = [];
    /// <summary>For organisation editors: the organisation whose profile and people they edit.</summary>
    public int? OrganisationId { get; set; }
    public bool Disabled { get; set; }
    public DateTime CreatedAt { get; set; }
}
