using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Partnerships;

public enum PartnershipStatus { Proposed, Active, Completed, Ended }

/// <summary>A pairing of places: bilateral, or one partner city with several EU cities.</summary>
public sealed class Partnership : Record
{
    public required string Name { get; set; }
    public int ProgrammeId { get; set; }
    public Programme? Programme { get; set; }
    public int? ClusterId { get; set; }
    public Cluster? Cluster { get; set; }
    public DateOnly? Since { get; set; }
    public PartnershipStatus Status { get; set; }
    /// <summary>The joint declaration or pairing agreement.</summary>
    public int? AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public List<string> Themes { get; set; } = [];
    public string? Summary { get; set; }
    public List<PartnershipMember> Members { get; set; } = [];
}

public enum MemberSide { Partner, Eu }

public sealed class PartnershipMember
{
    public int PartnershipId { get; set; }
    public int PlaceId { get; set; }
    public Place? Place { get; set; }
    /// <summary>Which side of the pairing: the EU city or the partner-region city.</summary>
    public MemberSide Side { get; set; }
}
