using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace UrbanCoop.Infrastructure.Http;

public interface IPageInfo
{
    int Page { get; }
    int PageSize { get; }
    int Total { get; }
    int TotalPages { get; }
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total) : IPageInfo
{
    public int TotalPages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}

/// <summary>Paging and sorting shared by every list (API and pages).</summary>
public static class Paging
{
    public const int MaxPageSize = 200;

    public static Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, int page, int pageSize, CancellationToken ct) =>
        query.ToPagedAsync(query, page, pageSize, ct);

    /// <summary>
    /// One page of <paramref name="query"/>, with the total counted from <paramref name="counted"/>: a cheaper query
    /// with the same number of rows (for example the link rows alone, without the records they point at).
    /// The count is skipped when the page itself shows where the list ends: a page that is neither empty nor full is the last one.
    /// </summary>
    public static async Task<Paged<T>> ToPagedAsync<T, TCounted>(this IQueryable<T> query, IQueryable<TCounted> counted, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var skip = (page - 1) * pageSize;
        var items = await query.Skip(skip).Take(pageSize).ToListAsync(ct);
        var total = (items.Count > 0 && items.Count < pageSize) || (items.Count == 0 && skip == 0)
            ? skip + items.Count
            : await counted.CountAsync(ct);
        return new(items, page, pageSize, total);
    }

    /// <summary>
    /// Orders by a key from <paramref name="keys"/>; "-name" sorts descending. Ties break on the
    /// first key so that pages are stable. Returns null for an unknown key.
    /// </summary>
    public static IQueryable<T>? SortBy<T>(this IQueryable<T> query, string? sort, SortKeys<T> keys)
    {
        var text = string.IsNullOrWhiteSpace(sort) ? keys.Default : sort.Trim();
        var descending = text.StartsWith('-');
        var name = text.TrimStart('-', '+').ToLowerInvariant();
        if (!keys.Map.TryGetValue(name, out var key)) return null;
        var ordered = descending ? query.OrderByDescending(key) : query.OrderBy(key);
        return ordered.ThenBy(keys.TieBreak);
    }

    public static string UnknownSortMessage<T>(SortKeys<T> keys) =>
        $"Unknown sort key. Use one of: {string.Join(", ", keys.Map.Keys)} (prefix '-' for descending).";
}

public sealed class SortKeys<T>(string defaultKey, Expression<Func<T, object?>> tieBreak)
{
    public Dictionary<string, Expression<Func<T, object?>>> Map { get; } = new(StringComparer.OrdinalIgnoreCase);
    public string Default => defaultKey;
    public Expression<Func<T, object?>> TieBreak => tieBreak;

    public SortKeys<T> Add(string name, Expression<Func<T, object?>> key)
    {
        Map[name] = key;
        return this;
    }
}
