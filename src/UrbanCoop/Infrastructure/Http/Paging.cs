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

    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
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
