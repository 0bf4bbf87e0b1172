using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Places;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Agreements;

public enum AgreementKind { MoU, LetterOfIntent, TwinningAgreement, JointDeclaration, Contract }
public enum AgreementStatus { Draft, Signed, Active, Expired }

public sealed class Agreement : Record
{
    public required string Title { get; set; }
    public AgreementKind Kind { get; set; }
    public AgreementStatus Status { get; set; }
    public DateOnly? SignedOn { get; set; }
    /// <summary>Documents often report a batch ("10 MoUs were signed") before the parties are known.</summary>
    public int Quantity { get; set; } = 1;
    public int? ActivityId { get; set; }
    public Activity? Activity { get; set; }
    public List<string> Themes { get; set; } = [];
    public string? Summary { get; set; }
    public List<AgreementParty> Parties { get; set; } = [];
}

/// <summary>A signatory: an organisation or a place (city, district).</summary>
public sealed class AgreementParty
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public int? PlaceId { get; set; }
    public Place? Place { get; set; }
}
