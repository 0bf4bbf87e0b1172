using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Documents;
using UrbanCoop.Features.Languages;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.ActionPlans.Summary;

/// <summary>
/// The action plan at a glance: the one-page table cities hand to their mayors, built from the records (the
/// partnership's places, its pairing date and visits, the plan's themes and sections). Labels are UI-string keys;
/// a row whose value is empty stays in the table, empty.
/// </summary>
public static class GetPlanSummary
{
    /// <summary>One line of the table; <see cref="Eu"/> is null where the row spans both sides.</summary>
    public sealed record Row(string Label, string Partner, string? Eu);

    public sealed record PlanSummary(int Id, string Title, string Partnership, IReadOnlyList<Row> Rows);

    private static readonly ActivityKind[] Visits = [ActivityKind.Mission, ActivityKind.StudyVisit, ActivityKind.SiteVisit, ActivityKind.Meeting];

    public static async Task<Outcome<PlanSummary>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var plan = await db.ActionPlans.AsNoTracking().Include(p => p.Partnership).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Outcome<PlanSummary>.NotFound($"There is no action plan {id}.");
        var members = await db.PartnershipMembers.AsNoTracking().Where(m => m.PartnershipId == plan.PartnershipId)
            .OrderBy(m => m.Place!.Name)
            .Select(m => new { m.Side, m.Place!.Name, m.Place.LocalName, m.Place.LocalNameLanguage, m.Place.CountryCode, m.Place.Population,
                m.Place.PopulationYear, m.Place.AreaKm2, m.Place.AreaYear, Region = m.Place.Parent != null ? m.Place.Parent.Name : null })
            .ToListAsync(ct);
        var visits = await db.Activities.AsNoTracking()
            .Where(a => a.PartnershipId == plan.PartnershipId && a.ParentId == null && Visits.Contains(a.Kind) && a.Status != ActivityStatus.Cancelled)
            .OrderBy(a => a.StartsAt).Select(a => new { a.Title, a.StartsAt, a.EndsAt, a.TimeZone, a.AllDay }).Take(12).ToListAsync(ct);
        var texts = await RecordTexts.ForReaderAsync(db, RecordKind.ActionPlan, [id], ct);
        var partnership = plan.Partnership!;

        var partner = members.Where(m => m.Side == MemberSide.Partner).ToList();
        var eu = members.Where(m => m.Side == MemberSide.Eu).ToList();
        string Join<T>(IEnumerable<T> items, Func<T, string?> text) =>
            string.Join(", ", items.Select(text).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct());
        string City(string name, string? local, string? language) =>
            local is null || local == name ? name : $"{Names.Place(name, local, language)} ({(Names.Place(name, local, language) == name ? local : name)})";
        string Figure(long? value, int? year, string unit) => value is null ? "" : $"{Display.Number(value)}{unit}{(year is null ? "" : $" ({year})")}";
        string Section(string field, string? english) => english is null ? "" : texts.Show(id, field, english).Text;

        var rows = new List<Row>
        {
            new("Cities", Join(partner, m => City(m.Name, m.LocalName, m.LocalNameLanguage)), Join(eu, m => City(m.Name, m.LocalName, m.LocalNameLanguage))),
            new("State/Country", Join(partner, m => Join(new[] { m.Region, Countries.NameOf(m.CountryCode) }, t => t)),
                Join(eu.Select(m => Countries.NameOf(m.CountryCode)), t => t)),
            new("Population", Join(partner, m => Figure(m.Population, m.PopulationYear, "")), Join(eu, m => Figure(m.Population, m.PopulationYear, ""))),
            new("Area (km²)", Join(partner, m => m.AreaKm2 is null ? null : Figure((long)Math.Round(m.AreaKm2.Value), m.AreaYear, " km²")),
                Join(eu, m => m.AreaKm2 is null ? null : Figure((long)Math.Round(m.AreaKm2.Value), m.AreaYear, " km²"))),
            new("Pairing date", Display.Date(partnership.Since), null),
            new("Visits", string.Join("\n", visits.Select(v => $"{Display.When(v.StartsAt, v.EndsAt, v.TimeZone, v.AllDay)}: {v.Title}")), null),
            new("Cooperation themes", string.Join("\n", plan.Themes.Select(ThemeLine)), null),
            new("Key focus", Section("KeyFocus", plan.KeyFocus), null),
            new("Key challenges", Section("KeyChallenges", plan.KeyChallenges), null),
            new("Main objective", Section("MainObjective", plan.MainObjective), null),
            new("Activities and key outputs", Section("ActivitiesAndOutputs", plan.ActivitiesAndOutputs), null),
            new("Expected results", Section("ExpectedResults", plan.ExpectedResults), null),
            new("Contacts", Section("Contacts", plan.Contacts), null),
        };
        return Outcome<PlanSummary>.Ok(new PlanSummary(id, texts.Show(id, "Title", plan.Title).Text, partnership.Name, rows));
    }

    /// <summary>"Smart energy district: … (SDG 7; EU Urban Agenda: Energy transition)".</summary>
    private static string ThemeLine(ActionPlanTheme theme)
    {
        var references = theme.Sdgs.Select(s => $"SDG {s}").Concat(theme.UrbanAgenda.Select(u => $"EU Urban Agenda: {UrbanAgenda.NameOf(u)}")).ToList();
        var text = string.IsNullOrWhiteSpace(theme.Description) ? theme.Title : $"{theme.Title}: {theme.Description}";
        return references.Count == 0 ? text : $"{text} ({string.Join("; ", references)})";
    }
}
