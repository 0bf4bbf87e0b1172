using System.Text;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Documents;
using UrbanCoop.Features.Knowledge.Articles;
using UrbanCoop.Features.People;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>
/// Reads records of one kind and turns them into <see cref="SearchDocument"/>s. People are indexed by
/// name and positions only: never e-mail addresses or phone numbers.
/// </summary>
public static class SearchSources
{
    public static async Task<List<int>> IdsAsync(AppDbContext db, RecordKind kind, CancellationToken ct) => kind switch
    {
        RecordKind.Programme => await db.Programmes.IgnoreQueryFilters().Select(x => x.Id).ToListAsync(ct),
        RecordKind.Place => await db.Places.IgnoreQueryFilters().Select(x => x.Id).ToListAsync(ct),
        RecordKind.Partnership => await db.Partnerships.IgnoreQueryFilters().Select(x => x.Id).ToListAsync(ct),
        RecordKind.ActionPlan => await db.ActionPlans.IgnoreQueryFilters().Select(x => x.Id).ToListAsync(ct),
        RecordKind.PilotProject => await db.PilotProjects.IgnoreQueryFilters().Select(x => x.Id).ToListAsync(ct),
        RecordKind.Activity => await db.Activities.IgnoreQueryFilters().Select(x => x.Id).ToListAsync(ct),
        RecordKind.Organisation => await db.Organisations.IgnoreQueryFilters().Select(x => x.Id).ToListAsync(ct),
        RecordKind.Person => await db.People.IgnoreQueryFilters().Select(x => x.Id).ToListAsync(ct),
        RecordKind.Agreement => await db.Agreements.IgnoreQueryFilters().Select(x => x.Id).ToListAsync(ct),
        RecordKind.Document => await db.Documents.IgnoreQueryFilters().Select(x => x.Id).ToListAsync(ct),
        RecordKind.Article => await db.Articles.IgnoreQueryFilters().Select(x => x.Id).ToListAsync(ct),
        _ => [],
    };

    /// <summary>Drafts are indexed too, marked unpublished, so the search shows them only to those who see every draft.</summary>
    public static async Task<List<SearchDocument>> BuildAsync(AppDbContext db, RecordKind kind, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var documents = await ReadAsync(db, kind, ids.ToList(), ct);
        var drafts = await DraftKeys.DraftIdsAsync(db, kind, ids, ct);
        return drafts.Count == 0 ? documents : [.. documents.Select(d => drafts.Contains(d.RecordId) ? d with { Published = false } : d)];
    }

    private static async Task<List<SearchDocument>> ReadAsync(AppDbContext db, RecordKind kind, List<int> list, CancellationToken ct)
    {
        return kind switch
        {
            RecordKind.Programme => (await db.Programmes.IgnoreQueryFilters().AsNoTracking().Where(x => list.Contains(x.Id)).ToListAsync(ct))
                .Select(p => Doc(kind, p.Id, p.Name, p.Acronym, p.StartsOn?.Year, [], [], [], [p.Id],
                    p.Description, p.Funder, string.Join(", ", p.WorldRegions))).ToList(),
            RecordKind.Place => (await db.Places.IgnoreQueryFilters().AsNoTracking().Include(p => p.Parent).Where(x => list.Contains(x.Id)).ToListAsync(ct))
                .Select(p => Doc(kind, p.Id, p.Name, Join(p.LocalName, Join([.. p.Aliases])), null, [], [], [p.CountryCode], [],
                    p.Summary, p.LocalName, p.Parent?.Name, Countries.NameOf(p.CountryCode))).ToList(),
            RecordKind.Partnership => (await db.Partnerships.IgnoreQueryFilters().AsNoTracking().AsSplitQuery().Include(p => p.Members).ThenInclude(m => m.Place)
                    .Include(p => p.Cluster).Where(x => list.Contains(x.Id)).ToListAsync(ct))
                .Select(p => Doc(kind, p.Id, p.Name, null, p.Since?.Year, p.Themes, [], [.. p.Members.Select(m => m.Place!.CountryCode)], [p.ProgrammeId],
                    p.Summary, Join([.. p.Members.Select(m => Join(m.Place!.Name, m.Place.LocalName))]), p.Cluster?.Name, ThemeNames(p.Themes))).ToList(),
            RecordKind.ActionPlan => await ActionPlansAsync(db, list, ct),
            RecordKind.PilotProject => (await db.PilotProjects.IgnoreQueryFilters().AsNoTracking().AsSplitQuery().Include(p => p.Place).Include(p => p.Partnership)
                    .Include(p => p.Partners).ThenInclude(x => x.Organisation).Where(x => list.Contains(x.Id)).ToListAsync(ct))
                .Select(p => Doc(kind, p.Id, p.Title, null, p.Milestones.Min(m => m.DueOn)?.Year, p.Themes, p.Sdgs, [p.Place!.CountryCode],
                    p.Partnership is null ? [] : [p.Partnership.ProgrammeId],
                    p.Description, Join(p.Place.Name, p.Place.LocalName), Join([.. p.Partners.Select(x => x.Organisation!.Name)]),
                    Join([.. p.Milestones.Select(m => m.Title)]), ThemeNames(p.Themes), SdgNames(p.Sdgs))).ToList(),
            RecordKind.Activity => await ActivitiesAsync(db, list, ct),
            RecordKind.Organisation => (await db.Organisations.IgnoreQueryFilters().AsNoTracking().Include(o => o.Place).Include(o => o.Parent)
                    .Where(x => list.Contains(x.Id)).ToListAsync(ct))
                .Select(o => Doc(kind, o.Id, o.Name, Join(o.Acronym, Join([.. o.Aliases])), null, [], [], o.Place is null ? [] : [o.Place.CountryCode], [],
                    o.Description, o.Place?.Name, o.Parent?.Name)).ToList(),
            RecordKind.Person => (await db.People.IgnoreQueryFilters().AsNoTracking().Include(p => p.Positions).ThenInclude(x => x.Organisation).ThenInclude(o => o!.Place)
                    .Where(x => list.Contains(x.Id)).ToListAsync(ct))
                .Select(p => Doc(kind, p.Id, p.DisplayName, p.Honorific, null, [], [],
                    [.. p.Positions.Where(x => x.Organisation?.Place is not null).Select(x => x.Organisation!.Place!.CountryCode)], [],
                    Join([.. p.Positions.Select(x => x.Title + ", " + x.Organisation?.Name)]))).ToList(),
            RecordKind.Agreement => await AgreementsAsync(db, list, ct),
            RecordKind.Document => (await db.Documents.IgnoreQueryFilters().AsNoTracking().Where(x => list.Contains(x.Id)).ToListAsync(ct))
                .Select(d => Doc(kind, d.Id, d.Title, d.FileName, d.PublishedOn?.Year, [], [], [], [], d.Text)).ToList(),
            RecordKind.Article => (await db.Articles.IgnoreQueryFilters().AsNoTracking().Where(x => list.Contains(x.Id)).ToListAsync(ct))
                .Select(a => Doc(kind, a.Id, a.Title, null, a.PublishedOn?.Year, a.Themes, a.Sdgs, [], [],
                    ArticleText.Plain(a.Body), KindWords(a.Kind), ThemeNames(a.Themes), SdgNames(a.Sdgs))).ToList(),
            _ => [],
        };
    }

    private static async Task<List<SearchDocument>> ActionPlansAsync(AppDbContext db, List<int> ids, CancellationToken ct)
    {
        var plans = await db.ActionPlans.IgnoreQueryFilters().AsNoTracking().AsSplitQuery().Include(a => a.Partnership).ThenInclude(p => p!.Members).ThenInclude(m => m.Place)
            .Where(x => ids.Contains(x.Id)).ToListAsync(ct);
        return [.. plans.Select(a =>
        {
            var themes = a.Themes.Select(t => t.ThemeId).OfType<string>().ToList();
            var sdgs = a.Themes.SelectMany(t => t.Sdgs).ToList();
            var members = a.Partnership!.Members.Select(m => m.Place!).ToList();
            return Doc(RecordKind.ActionPlan, a.Id, a.Title, null, a.EndorsedOn?.Year, themes, sdgs, [.. members.Select(m => m.CountryCode)],
                [a.Partnership.ProgrammeId], a.KeyFocus, a.MainObjective, a.KeyChallenges, a.ActivitiesAndOutputs, a.ExpectedResults,
                Join([.. a.Themes.Select(t => Join(t.Title, t.Description))]), a.Partnership.Name, Join([.. members.Select(m => m.Name)]),
                ThemeNames(themes), SdgNames(sdgs));
        })];
    }

    private static async Task<List<SearchDocument>> ActivitiesAsync(AppDbContext db, List<int> ids, CancellationToken ct)
    {
        var activities = await db.Activities.IgnoreQueryFilters().AsNoTracking().AsSplitQuery().Include(a => a.Places).ThenInclude(p => p.Place)
            .Include(a => a.Organisers).ThenInclude(o => o.Organisation).Include(a => a.Partnership)
            .Where(x => ids.Contains(x.Id)).ToListAsync(ct);
        return [.. activities.Select(a => Doc(RecordKind.Activity, a.Id, a.Title, null, a.StartsAt.Year, a.Themes, a.Sdgs,
            [.. a.Places.Select(p => p.Place!.CountryCode)], [a.ProgrammeId],
            a.Summary, a.Venue, Infrastructure.Web.Display.Words(a.Kind), Join([.. a.Places.Select(p => Join(p.Place!.Name, p.Place.LocalName))]),
            Join([.. a.Organisers.Select(o => o.Organisation!.Name)]), a.Partnership?.Name,
            Join([.. a.Agenda.Select(i => Join(i.Title, i.Speaker))]), Join([.. a.Outcomes.Select(o => o.Text)]),
            ThemeNames(a.Themes), SdgNames(a.Sdgs)))];
    }

    private static async Task<List<SearchDocument>> AgreementsAsync(AppDbContext db, List<int> ids, CancellationToken ct)
    {
        var agreements = await db.Agreements.IgnoreQueryFilters().AsNoTracking().AsSplitQuery().Include(a => a.Activity)
            .Include(a => a.Parties).ThenInclude(p => p.Place).Include(a => a.Parties).ThenInclude(p => p.Organisation).ThenInclude(o => o!.Place)
            .Where(x => ids.Contains(x.Id)).ToListAsync(ct);
        return [.. agreements.Select(a =>
        {
            var countries = a.Parties.Select(p => p.Place?.CountryCode ?? p.Organisation?.Place?.CountryCode).OfType<string>().ToList();
            return Doc(RecordKind.Agreement, a.Id, a.Title, null, a.SignedOn?.Year, a.Themes, [], countries,
                a.Activity is null ? [] : [a.Activity.ProgrammeId],
                a.Summary, AgreementWords(a.Kind), a.SignedOn?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Join([.. a.Parties.Select(p => Join(p.Organisation?.Name, p.Place?.Name))]), a.Activity?.Title, ThemeNames(a.Themes));
        })];
    }

    private static SearchDocument Doc(RecordKind kind, int id, string title, string? otherNames, int? year, IReadOnlyList<string> themes,
        IReadOnlyList<int> sdgs, IReadOnlyList<string> countries, IReadOnlyList<int> programmes, params string?[] body)
    {
        var text = new StringBuilder();
        foreach (var part in body.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            if (text.Length > 0) text.Append(" · ");
            text.Append(part!.Trim());
            if (text.Length >= SearchDocument.MaxBody) break;
        }
        var plain = text.Length > SearchDocument.MaxBody ? text.ToString(0, SearchDocument.MaxBody) : text.ToString();
        return new SearchDocument(kind, id, title, otherNames ?? "", plain, year, true, themes, sdgs, countries, programmes);
    }

    private static string? Join(params string?[] parts)
    {
        var kept = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return kept.Count == 0 ? null : string.Join(", ", kept);
    }

    private static string ThemeNames(IEnumerable<string> themes) => string.Join(", ", themes.Select(Themes.NameOf));
    private static string SdgNames(IEnumerable<int> sdgs) => string.Join(", ", sdgs.Distinct().Select(s => $"SDG {s} {Reference.Sdgs.NameOf(s)}"));

    private static string AgreementWords(AgreementKind kind) => kind switch
    {
        AgreementKind.MoU => "MoU, memorandum of understanding",
        AgreementKind.LetterOfIntent => "Letter of intent",
        AgreementKind.TwinningAgreement => "Twinning agreement",
        AgreementKind.JointDeclaration => "Joint declaration",
        _ => "Contract",
    };

    private static string KindWords(ArticleKind kind) => kind switch
    {
        ArticleKind.BestPractice => "Best practice",
        ArticleKind.CaseStudy => "Case study",
        _ => "News",
    };
}
