using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

/// <summary>The editable fields of a cluster, shared by create, update, the form and the API.</summary>
public sealed class ClusterInput : Infrastructure.Web.IVersionedInput
{
    [Required, StringLength(200)] public string Name { get; set; } = "";
    public int ProgrammeId { get; set; }
    public List<string> Themes { get; set; } = [];
    [StringLength(4000)] public string? Description { get; set; }
    /// <summary>The version the editor loaded; required for updates, ignored on create.</summary>
    public int Version { get; set; }

    public static ClusterInput From(Cluster c) => new()
    {
        Name = c.Name, ProgrammeId = c.ProgrammeId, Themes = [.. c.Themes], Description = c.Description, Version = c.Version,
    };

    internal void ApplyTo(Cluster c)
    {
        c.Name = Name.Trim();
        c.ProgrammeId = ProgrammeId;
        c.Themes = InputValidation.CleanList(Themes);
        c.Description = Description;
    }

    /// <summary>Annotations first, then the rules that need the database.</summary>
    internal async Task<FieldErrors> ValidateAsync(AppDbContext db, int? selfId, CancellationToken ct)
    {
        var errors = InputValidation.Check(this);
        if (!await db.Programmes.AnyAsync(p => p.Id == ProgrammeId, ct))
            errors.Add(nameof(ProgrammeId), ProgrammeId == 0 ? "Choose the programme." : $"There is no programme {ProgrammeId}.");
        else if (selfId is int id && await db.Partnerships.AnyAsync(p => p.ClusterId == id && p.ProgrammeId != ProgrammeId, ct))
            errors.Add(nameof(ProgrammeId), "Partnerships of another programme are in this cluster; move them out first.");
        foreach (var theme in Themes.Where(t => !Reference.Themes.Exists(t.Trim())))
            errors.Add(nameof(Themes), $"'{theme}' is not a theme id such as smart-city.");
        return errors;
    }
}
