using System.Text;
using UrbanCoop.Infrastructure.Csv;

namespace UrbanCoop.Features.OpenData;

/// <summary>The README inside the open-data files: what each file and column holds, and the licence.</summary>
public static class OpenDataReadme
{
    public const string Licence = "Creative Commons Attribution 4.0 International (CC BY 4.0)";

    private static readonly Dictionary<string, string> Meanings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Id"] = "the record's number; the same in every file and in /api/v1/{kind}/{id}",
        ["Name"] = "name in English", ["Title"] = "title in English", ["LocalName"] = "name in the local language (e.g. 柳州)",
        ["CountryCode"] = "ISO 3166-1 alpha-2 country code", ["Country"] = "country name",
        ["Kind"] = "kind of record", ["Status"] = "state of the record", ["Themes"] = "theme ids, separated by '; '",
        ["Sdgs"] = "UN Sustainable Development Goals (1–17), separated by '; '",
        ["StartsAt"] = "start in UTC (ISO 8601)", ["EndsAt"] = "end in UTC (ISO 8601)",
        ["TimeZone"] = "IANA time zone the times are local to", ["AllDay"] = "true when only the dates matter",
        ["Population"] = "inhabitants", ["AreaKm2"] = "area in square kilometres", ["ParticipantCount"] = "people who took part",
        ["Places"] = "places, separated by '; '", ["Online"] = "true when held online or hybrid",
    };

    public static string Text(DateTime writtenAtUtc)
    {
        var text = new StringBuilder();
        text.Append("# UrbanCoop open data\n\n");
        text.Append($"Written {writtenAtUtc:yyyy-MM-dd HH:mm} UTC. Licence: {Licence}; credit \"UrbanCoop\" and the programme.\n\n");
        text.Append("Each record kind comes as CSV (RFC 4180, UTF-8, comma-separated, header row) and as JSON (an array of objects ");
        text.Append("with the same fields in camelCase). Lists in a CSV cell are separated by '; '. No e-mail address or phone number ");
        text.Append("is included: contact details stay with the people who gave them.\n");
        foreach (var kind in RecordKinds.All)
        {
            text.Append($"\n## {kind.Name}.csv, {kind.Name}.json\n\n{kind.Description}\n\n| column | type | meaning |\n|---|---|---|\n");
            var columns = CsvColumns.For(kind.ItemType);
            foreach (var (name, type) in columns.Names.Zip(columns.Types))
                text.Append($"| {name} | {TypeName(type)} | {Meanings.GetValueOrDefault(name, Infrastructure.Web.Display.Words(name).ToLowerInvariant())} |\n");
        }
        return text.ToString();
    }

    private static string TypeName(Type type) => type switch
    {
        _ when type == typeof(string) => "text",
        _ when type == typeof(int) || type == typeof(long) => "integer",
        _ when type == typeof(double) || type == typeof(decimal) => "number",
        _ when type == typeof(bool) => "true/false",
        _ when type == typeof(DateTime) => "date and time (UTC)",
        _ when type == typeof(DateOnly) => "date (YYYY-MM-DD)",
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
        _ => "list",
    };
}
