using Microsoft.EntityFrameworkCore;

namespace UrbanCoop.Infrastructure.Web;

/// <summary>An option of a select list on a form or filter: a record's id and name.</summary>
public sealed record Choice
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
}

/// <summary>Select-list options loaded from the database, capped so that a page stays small.</summary>
public static class Choices
{
    public const int Limit = 1000;

    /// <summary>
    /// The first <see cref="Limit"/> options by name, plus the ids in <paramref name="keep"/> (the values
    /// already chosen) so that a long list never silently drops what a record holds.
    /// </summary>
    public static async Task<IReadOnlyList<Choice>> ListAsync(IQueryable<Choice> options, IEnumerable<int?> keep, CancellationToken ct)
    {
        var list = await options.OrderBy(c => c.Name).ThenBy(c => c.Id).Take(Limit).ToListAsync(ct);
        var missing = keep.OfType<int>().Except(list.Select(c => c.Id)).ToList();
        if (missing.Count > 0) list.AddRange(await options.Where(c => missing.Contains(c.Id)).ToListAsync(ct));
        return list;
    }
}
