using Microsoft.AspNetCore.WebUtilities;

namespace UrbanCoop.Infrastructure.Web;

/// <summary>Links that change one query parameter of the current list page and keep the others.</summary>
public static class QueryLinks
{
    public static string With(HttpRequest request, string key, string? value)
    {
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        if (!key.Equals("page", StringComparison.OrdinalIgnoreCase)) query.Remove("page");
        if (string.IsNullOrEmpty(value)) query.Remove(key);
        else query[key] = value;
        return QueryHelpers.AddQueryString(request.Path, query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => KeyValuePair.Create(q.Key, (string?)q.Value)));
    }

    /// <summary>Sorts by <paramref name="key"/>, or reverses the order when it is already the sort key.</summary>
    public static string Sort(HttpRequest request, string key) =>
        With(request, "sort", string.Equals(request.Query["sort"], key, StringComparison.OrdinalIgnoreCase) ? "-" + key : key);

    public static string SortMark(HttpRequest request, string key)
    {
        var sort = request.Query["sort"].ToString();
        if (sort.Equals(key, StringComparison.OrdinalIgnoreCase)) return " ▲";
        return sort.Equals("-" + key, StringComparison.OrdinalIgnoreCase) ? " ▼" : "";
    }

    public static string AriaSort(HttpRequest request, string key)
    {
        var sort = request.Query["sort"].ToString();
        if (sort.Equals(key, StringComparison.OrdinalIgnoreCase)) return "ascending";
        return sort.Equals("-" + key, StringComparison.OrdinalIgnoreCase) ? "descending" : "none";
    }
}
