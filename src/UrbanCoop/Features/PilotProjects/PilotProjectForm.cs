using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.PilotProjects;

/// <summary>
/// What the pilot-project form needs besides its input: the places and partnerships to choose from, and
/// the partners as editable lines "id name" (only the leading id is read back, so the names can stay).
/// </summary>
public sealed partial record PilotProjectForm(
    IReadOnlyList<GetPilotProject.Link> Places, IReadOnlyList<GetPilotProject.Link> Partnerships, string PartnersText)
{
    public const string ViewDataKey = nameof(PilotProjectForm);
    /// <summary>Empty milestone rows offered below the existing ones.</summary>
    public const int BlankMilestones = 2;

    public static async Task<PilotProjectForm> LoadAsync(AppDbContext db, string? partnersText, CancellationToken ct)
    {
        var places = await db.Places.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new GetPilotProject.Link(p.Id, p.Name + " (" + p.CountryCode + ")")).ToListAsync(ct);
        var partnerships = await db.Partnerships.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new GetPilotProject.Link(p.Id, p.Name)).ToListAsync(ct);
        return new(places, partnerships, partnersText ?? "");
    }

    /// <summary>The partners as the form shows them: one "id name" line each.</summary>
    public static async Task<string> PartnerLinesAsync(AppDbContext db, IReadOnlyCollection<int> partnerIds, CancellationToken ct)
    {
        var names = await db.Organisations.AsNoTracking().Where(o => partnerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return string.Join("\n", partnerIds.Select(id => names.TryGetValue(id, out var name) ? $"{id} {name}" : $"{id}"));
    }

    /// <summary>Reads the partner lines into ids; a line that does not start with an id is reported, not guessed.</summary>
    public static bool TryReadPartners(string? text, ModelStateDictionary modelState, out List<int> ids)
    {
        ids = [];
        var readable = true;
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = LeadingId().Match(line);
            if (match.Success && int.TryParse(match.Groups[1].Value, out var id)) ids.Add(id);
            else
            {
                modelState.AddModelError("Input.PartnerIds", $"'{line}' does not start with an organisation id.");
                readable = false;
            }
        }
        return readable;
    }

    /// <summary>
    /// Drops the empty milestone rows of the form. Their posted values are forgotten too, so that the rows
    /// shown again are the kept ones, not what stood at the same index before.
    /// </summary>
    public static void DropBlankMilestones(PilotProjectInput input, ModelStateDictionary modelState)
    {
        input.Milestones.RemoveAll(m => string.IsNullOrWhiteSpace(m.Title) && m.DueOn is null && m.DoneOn is null);
        foreach (var key in modelState.Keys.Where(k => k.StartsWith("Input.Milestones", StringComparison.Ordinal)).ToList())
            modelState.Remove(key);
    }

    [GeneratedRegex(@"^(\d+)\b")]
    private static partial Regex LeadingId();
}
