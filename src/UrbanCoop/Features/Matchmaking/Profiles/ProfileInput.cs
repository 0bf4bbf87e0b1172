using System.ComponentModel.DataAnnotations;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Profiles;

/// <summary>The editable fields of a matchmaking profile, shared by the API and the edit page.</summary>
public sealed class ProfileInput
{
    public List<string> Offers { get; set; } = [];
    public List<string> Seeks { get; set; } = [];
    public List<string> Sectors { get; set; } = [];
    public List<string> TargetCountries { get; set; } = [];
    [StringLength(4000)] public string? OfferText { get; set; }
    [StringLength(4000)] public string? SeekText { get; set; }
    /// <summary>The version the editor loaded; 0 when the organisation has no profile yet.</summary>
    public int Version { get; set; }

    public static ProfileInput From(MatchmakingProfile p) => new()
    {
        Offers = [.. p.Offers], Seeks = [.. p.Seeks], Sectors = [.. p.Sectors], TargetCountries = [.. p.TargetCountries],
        OfferText = p.OfferText, SeekText = p.SeekText, Version = p.Version,
    };

    internal void ApplyTo(MatchmakingProfile p)
    {
        p.Offers = InputValidation.CleanList(Offers);
        p.Seeks = InputValidation.CleanList(Seeks);
        p.Sectors = InputValidation.CleanList(Sectors);
        p.TargetCountries = [.. InputValidation.CleanList(TargetCountries).Select(c => c.ToUpperInvariant())];
        p.OfferText = string.IsNullOrWhiteSpace(OfferText) ? null : OfferText.Trim();
        p.SeekText = string.IsNullOrWhiteSpace(SeekText) ? null : SeekText.Trim();
    }

    internal FieldErrors Validate()
    {
        var errors = InputValidation.Check(this);
        foreach (var (field, list) in new[] { (nameof(Offers), Offers), (nameof(Seeks), Seeks), (nameof(Sectors), Sectors) })
        {
            if (list.Count > 30) errors.Add(field, $"At most 30 entries, not {list.Count}.");
            foreach (var item in list.Where(i => i.Trim().Length > 80)) errors.Add(field, $"'{item[..20]}…' is longer than 80 characters.");
        }
        foreach (var code in TargetCountries.Select(c => c.Trim()).Where(c => c.Length > 0 && !Countries.IsValid(c.ToUpperInvariant())))
            errors.Add(nameof(TargetCountries), $"'{code}' is not an ISO country code such as CN or ES.");
        return errors;
    }
}
