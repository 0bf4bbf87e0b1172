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
    /// </summary>
    public static Task<Paged<T>> ToPagedAsync<T, TCounted>(this IQueryable<T> query, IQueryable<TCounted> counted, int page, int pageSize, CancellationToken ct) =>
        PageAsync(page, pageSize, (skip, take) => query.Skip(skip).Take(take).ToListAsync(ct), () => counted.CountAsync(ct));

    /// <summary>
    /// One page read by <paramref name="items"/> (given how many rows to skip and take) and the total from
    /// <paramref name="count"/>. The count is skipped when the page itself shows where the list ends: a page that is
    /// neither empty nor full is the last one.
    /// </summary>
    public static async Task<Paged<T>> PageAsync<T>(int page, int pageSize, Func<int, int, Task<List<T>>> items, Func<Task<int>> count)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var skip = (page - 1) * pageSize;
        var list = await items(skip, pageSize);
        var total = (list.Count > 0 && list.Count < pageSize) || (list.Count == 0 && skip == 0) ? skip + list.Count : await count();
        return new(list, page, pageSize, total);
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
