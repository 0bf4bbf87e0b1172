using System.Collections;

namespace UrbanCoop.Infrastructure.Web;

/// <summary>What differs between the values an editor posted and the values stored meanwhile.</summary>
public static class EditConflict
{
    public sealed record Difference(string Field, string Yours, string Stored);

    public static IReadOnlyList<Difference> Compare<T>(T yours, T stored) where T : class =>
        typeof(T).GetProperties()
            .Where(p => p.CanRead && p.Name != "Version")
            .Select(p => new Difference(Display.Words(p.Name), Text(p.GetValue(yours)), Text(p.GetValue(stored))))
            .Where(d => d.Yours != d.Stored)
            .ToList();

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? "",
    };
}
