using System.Collections;
using System.Globalization;
using System.Reflection;

namespace UrbanCoop.Infrastructure.Csv;

/// <summary>
/// Flat columns for the public properties of a record type, so one mechanism writes any list as CSV or a sheet:
/// lists become one cell ("a; b"), nested records their name, title or id; times are ISO 8601 in UTC.
/// </summary>
public sealed class CsvColumns
{
    private static readonly Dictionary<Type, CsvColumns> Cache = [];
    private readonly PropertyInfo[] properties;

    private CsvColumns(Type type) =>
        properties = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)];

    public static CsvColumns For(Type type)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(type, out var columns)) Cache[type] = columns = new CsvColumns(type);
            return columns;
        }
    }

    public IEnumerable<string> Names => properties.Select(p => p.Name);

    public IEnumerable<Type> Types => properties.Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType);

    public IEnumerable<object?> Values(object item) => properties.Select(p => p.GetValue(item));

    public IEnumerable<string> Texts(object item) => Values(item).Select(Text);

    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime t => DateTime.SpecifyKind(t, t.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => string.Join("; ", list.Cast<object?>().Select(Text)),
        _ => NameOf(value),
    };

    /// <summary>A nested record reads as its name or title (its id when it has neither).</summary>
    private static string NameOf(object value)
    {
        var type = value.GetType();
        foreach (var name in new[] { "Name", "Title", "Id" })
            if (type.GetProperty(name) is { } property) return Text(property.GetValue(value));
        return value.ToString() ?? "";
    }
}
