using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Documents;

namespace UrbanCoop.Infrastructure.Database;

/// <summary>
/// One number per draft record, kind and id together, so that a single list on the context can say
/// which drafts of every kind a user may see, and one query filter per table can test it.
/// </summary>
public static class DraftKeys
{
    public static long Of(RecordKind kind, int id) => ((long)kind << 32) + id;

    private static readonly object ItemKey = new();
    private static readonly long[] None = [];

    /// <summary>Lets this request see the given drafts, or all of them when <paramref name="keys"/> is null.</summary>
    public static void Allow(HttpContext request, IReadOnlyCollection<long>? keys) => request.Items[ItemKey] = keys ?? (object)ItemKey;

    public static IReadOnlyCollection<long>? VisibleIn(HttpContext? request) => request is null ? null
        : request.Items.TryGetValue(ItemKey, out var allowed) ? allowed as IReadOnlyCollection<long> : None;

    /// <summary>Null for records without a kind of their own; their drafts are seen by admins only.</summary>
    public static RecordKind? KindOf(Type recordType) => Enum.TryParse<RecordKind>(recordType.Name, out var kind) ? kind : null;

    /// <summary>
    /// <c>r => r.Published || db.VisibleDrafts == null || db.VisibleDrafts.Contains(key(r))</c>. EF reads
    /// the context's list on every query; a null list drops the filter from the SQL and an empty one
    /// leaves only <c>Published</c>.
    /// </summary>
    public static LambdaExpression Filter(Type recordType, AppDbContext db)
    {
        var record = Expression.Parameter(recordType, "r");
        var visible = Expression.Property(Expression.Constant(db), nameof(AppDbContext.VisibleDrafts));
        Expression visibleDraft = Expression.Equal(visible, Expression.Constant(null, visible.Type));
        if (KindOf(recordType) is RecordKind kind)
        {
            var key = Expression.Add(
                Expression.Constant((long)kind << 32),
                Expression.Convert(Expression.Property(record, nameof(Record.Id)), typeof(long)));
            visibleDraft = Expression.OrElse(visibleDraft, Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(long)], visible, key));
        }
        var body = Expression.OrElse(Expression.Property(record, nameof(Record.Published)), visibleDraft);
        return Expression.Lambda(body, record);
    }

    /// <summary>The drafts of a kind, among <paramref name="among"/> when given, whoever asks.</summary>
    public static async Task<HashSet<int>> DraftIdsAsync(AppDbContext db, RecordKind kind, IReadOnlyCollection<int>? among, CancellationToken ct)
    {
        var type = db.Model.GetEntityTypes().FirstOrDefault(t => t.BaseType is null && t.ClrType.Name == kind.ToString());
        if (type is null) return [];
        var ids = await (Task<List<int>>)typeof(DraftKeys).GetMethod(nameof(DraftIdsOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type.ClrType).Invoke(null, [db, among?.ToList(), ct])!;
        return [.. ids];
    }

    private static Task<List<int>> DraftIdsOfAsync<T>(AppDbContext db, List<int>? among, CancellationToken ct) where T : Record =>
        db.Set<T>().IgnoreQueryFilters().Where(r => !r.Published && (among == null || among.Contains(r.Id))).Select(r => r.Id).ToListAsync(ct);
}
