using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

/// <summary>A member of a pairing as the editor gives it: which place, on which side.</summary>
public sealed record MemberInput(int PlaceId, MemberSide Side)
{
    public override string ToString() => $"{PlaceId} ({Side})";
}

/// <summary>The editable fields of a partnership, shared by create, update, the form and the API.</summary>
public sealed class PartnershipInput : Infrastructure.Web.IVersionedInput
{
    [Required, StringLength(200)] public string Name { get; set; } = "";
    public int ProgrammeId { get; set; }
    public int? ClusterId { get; set; }
    public DateOnly? Since { get; set; }
    public PartnershipStatus Status { get; set; }
    /// <summary>The joint declaration or pairing agreement.</summary>
    public int? AgreementId { get; set; }
    public List<string> Themes { get; set; } = [];
    [StringLength(4000)] public string? Summary { get; set; }
    public List<MemberInput> Members { get; set; } = [];
    /// <summary>The version the editor loaded; required for updates, ignored on create.</summary>
    public int Version { get; set; }

    public static PartnershipInput From(Partnership p) => new()
    {
        Name = p.Name, ProgrammeId = p.ProgrammeId, ClusterId = p.ClusterId, Since = p.Since, Status = p.Status,
        AgreementId = p.AgreementId, Themes = [.. p.Themes], Summary = p.Summary, Version = p.Version,
        Members = [.. p.Members.OrderBy(m => m.Side == MemberSide.Eu ? 0 : 1).ThenBy(m => m.PlaceId).Select(m => new MemberInput(m.PlaceId, m.Side))],
    };

    internal void ApplyTo(Partnership p)
    {
        p.Name = Name.Trim();
        p.ProgrammeId = ProgrammeId;
        p.ClusterId = ClusterId;
        p.Since = Since;
        p.Status = Status;
        p.AgreementId = AgreementId;
        p.Themes = InputValidation.CleanList(Themes);
        p.Summary = Summary;
        // Kept members are updated in place: EF cannot track a removed and a re-added row with the same key.
        p.Members.RemoveAll(m => !Members.Any(x => x.PlaceId == m.PlaceId));
        foreach (var member in Members)
        {
            var kept = p.Members.FirstOrDefault(m => m.PlaceId == member.PlaceId);
            if (kept is null) p.Members.Add(new PartnershipMember { PlaceId = member.PlaceId, Side = member.Side });
            else kept.Side = member.Side;
        }
    }

    /// <summary>Annotations first, then the rules that need the database.</summary>
    internal async Task<FieldErrors> ValidateAsync(AppDbContext db, CancellationToken ct)
    {
        var errors = InputValidation.Check(this);
        if (!await db.Programmes.AnyAsync(p => p.Id == ProgrammeId, ct))
            errors.Add(nameof(ProgrammeId), ProgrammeId == 0 ? "Choose the programme." : $"There is no programme {ProgrammeId}.");
        if (ClusterId is int clusterId)
        {
            var clusterProgramme = await db.Clusters.Where(c => c.Id == clusterId).Select(c => (int?)c.ProgrammeId).FirstOrDefaultAsync(ct);
            if (clusterProgramme is null) errors.Add(nameof(ClusterId), $"There is no cluster {clusterId}.");
            else if (clusterProgramme != ProgrammeId) errors.Add(nameof(ClusterId), "The cluster belongs to another programme.");
        }
        if (AgreementId is int agreementId && !await db.Agreements.AnyAsync(a => a.Id == agreementId, ct))
            errors.Add(nameof(AgreementId), $"There is no agreement {agreementId}.");
        foreach (var theme in Themes.Where(t => !Reference.Themes.Exists(t.Trim())))
            errors.Add(nameof(Themes), $"'{theme}' is not a theme id such as smart-city.");
        await ValidateMembersAsync(db, errors, ct);
        return errors;
    }

    private async Task ValidateMembersAsync(AppDbContext db, FieldErrors errors, CancellationToken ct)
    {
        var placeIds = Members.Select(m => m.PlaceId).ToList();
        if (placeIds.Count != placeIds.Distinct().Count())
            errors.Add(nameof(Members), "A city cannot be paired with itself: each place can be a member once.");
        else if (placeIds.Count < 2)
            errors.Add(nameof(Members), "A partnership pairs at least two places.");
        var known = await db.Places.Where(p => placeIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        foreach (var missing in placeIds.Distinct().Except(known))
            errors.Add(nameof(Members), $"There is no place {missing}.");
        foreach (var side in Members.Select(m => m.Side).Where(s => !Enum.IsDefined(s)).Distinct())
            errors.Add(nameof(Members), $"'{side}' is not a side; use Eu or Partner.");
    }
}
