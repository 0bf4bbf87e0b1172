using UrbanCoop.Features.ActionPlans;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Documents;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.People;
using UrbanCoop.Features.PilotProjects;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.OpenData;

/// <summary>
/// The record kinds of the open data, each read through its API list handler: the files hold exactly the rows and
/// columns the API gives anonymous readers (lists never carry e-mail addresses or phone numbers).
/// </summary>
public static class RecordKinds
{
    public const int PageSize = Paging.MaxPageSize;

    public sealed record Kind(string Name, string Description, Type ItemType, Func<AppDbContext, int, CancellationToken, Task<Paged<object>>> Page)
    {
        /// <summary>Every row, page after page; only one page is held at a time.</summary>
        public async IAsyncEnumerable<object> RowsAsync(AppDbContext db, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            for (var number = 1; ; number++)
            {
                var page = await Page(db, number, ct);
                foreach (var item in page.Items) yield return item;
                if (page.Items.Count < PageSize) yield break;
                db.ChangeTracker.Clear();
            }
        }

        public async Task<int> CountAsync(AppDbContext db, CancellationToken ct) => (await Page(db, 1, ct)).Total;
    }

    public static readonly IReadOnlyList<Kind> All =
    [
        Of("programmes", "Cooperation programmes: funder, period and world regions.",
            (db, p, ct) => ListProgrammes.HandleAsync(db, new() { Page = p, PageSize = PageSize }, ct)),
        Of("places", "Cities, regions, districts and zones with their local names, population and area.",
            (db, p, ct) => ListPlaces.HandleAsync(db, new() { Page = p, PageSize = PageSize }, ct)),
        Of("clusters", "Thematic clusters that group partnerships.",
            (db, p, ct) => ListClusters.HandleAsync(db, new() { Page = p, PageSize = PageSize }, ct)),
        Of("partnerships", "Pairings of places, with their cluster, status and themes.",
            (db, p, ct) => ListPartnerships.HandleAsync(db, new() { Page = p, PageSize = PageSize }, ct)),
        Of("action-plans", "Joint action plans of the partnerships, by version.",
            (db, p, ct) => ListActionPlans.HandleAsync(db, new() { Page = p, PageSize = PageSize }, ct)),
        Of("pilot-projects", "Pilot projects that carry out the action plans.",
            (db, p, ct) => ListPilotProjects.HandleAsync(db, new() { Page = p, PageSize = PageSize }, ct)),
        Of("activities", "Missions, meetings, forums, visits and other activities; times in UTC with the local time zone.",
            (db, p, ct) => ListActivities.HandleAsync(db, new() { Page = p, PageSize = PageSize, Sort = "start" }, ct)),
        Of("organisations", "Organisations by helix type (government, business, academia, civil society).",
            (db, p, ct) => ListOrganisations.HandleAsync(db, new() { Page = p, PageSize = PageSize }, ct)),
        Of("people", "People by name and current positions; never contact details.",
            (db, p, ct) => ListPeople.HandleAsync(db, new() { Page = p, PageSize = PageSize }, ct)),
        Of("agreements", "Memoranda of understanding, joint declarations, twinnings and other agreements.",
            (db, p, ct) => ListAgreements.HandleAsync(db, new() { Page = p, PageSize = PageSize }, ct)),
        Of("documents", "Documents and the number of records each is linked to.",
            (db, p, ct) => ListDocuments.HandleAsync(db, new() { Page = p, PageSize = PageSize }, ct)),
    ];

    private static Kind Of<T>(string name, string description, Func<AppDbContext, int, CancellationToken, Task<Outcome<Paged<T>>>> list) where T : notnull =>
        new(name, description, typeof(T), async (db, page, ct) =>
        {
            var outcome = await list(db, page, ct);
            var value = outcome.Value ?? throw new InvalidOperationException($"Listing {name} failed: {outcome.Message}");
            return new Paged<object>([.. value.Items.Cast<object>()], value.Page, value.PageSize, value.Total);
        });
}
