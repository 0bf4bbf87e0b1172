using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using UrbanCoop.Features.ActionPlans;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Documents;
using UrbanCoop.Features.Knowledge.Articles;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.People;
using UrbanCoop.Features.PilotProjects;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>
/// Keeps the index in step with every save: <see cref="AppDbContext"/> collects the searchable records a
/// save adds, changes or deletes before it runs, and updates their entries after it, in the same
/// transaction. A record whose text mentions another (a partnership naming its cities) is refreshed
/// when it is itself saved, or by the reindex verb.
/// </summary>
public static class SearchIndex
{
    public sealed record Change(RecordKind Kind, Record Record, bool Deleted, int DeletedId);

    public static RecordKind? KindOf(object entity) => entity switch
    {
        Programme => RecordKind.Programme,
        Place => RecordKind.Place,
        Partnership => RecordKind.Partnership,
        ActionPlan => RecordKind.ActionPlan,
        PilotProject => RecordKind.PilotProject,
        Activity => RecordKind.Activity,
        Organisation => RecordKind.Organisation,
        Person => RecordKind.Person,
        Agreement => RecordKind.Agreement,
        Document => RecordKind.Document,
        Article => RecordKind.Article,
        _ => null,
    };

    public static List<Change> Collect(ChangeTracker changes) =>
    [
        .. changes.Entries<Record>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, Kind: KindOf(e.Entity)))
            .Where(x => x.Kind is not null)
            .Select(x => new Change(x.Kind!.Value, x.Entry.Entity, x.Entry.State == EntityState.Deleted, x.Entry.Entity.Id)),
    ];

    public static async Task ApplyAsync(AppDbContext db, IReadOnlyList<Change> changes, CancellationToken ct)
    {
        var writer = new SearchIndexWriter(db);
        foreach (var kind in changes.GroupBy(c => c.Kind))
        {
            var deleted = kind.Where(c => c.Deleted).Select(c => c.DeletedId).ToList();
            if (deleted.Count > 0) await writer.DeleteAsync(kind.Key, deleted, ct);
            var saved = kind.Where(c => !c.Deleted).Select(c => c.Record.Id).Distinct().ToList();
            if (saved.Count > 0) await writer.WriteAsync(await SearchSources.BuildAsync(db, kind.Key, saved, ct), ct);
        }
    }
}
