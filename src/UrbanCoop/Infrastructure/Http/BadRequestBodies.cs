using System.Text.Json;
using System.Text.RegularExpressions;

namespace UrbanCoop.Infrastructure.Http;

/// <summary>
/// Explains a request the API could not read (malformed JSON, a value of the wrong type, an unknown
/// enum name) by the field it names, instead of a bare 400.
/// </summary>
public static partial class BadRequestBodies
{
    public static (string Detail, IDictionary<string, string[]> Errors) Describe(BadHttpRequestException e)
    {
        if (e.InnerException is not JsonException json) return (e.Message, new Dictionary<string, string[]>());
        var field = json.Path is { Length: > 2 } path ? FieldOf(path) : "body";
        var reason = json.Message.Split(" Path:")[0];
        var expected = ExpectedType().Match(reason) is { Success: true } m ? Type.GetType(m.Groups[1].Value) ?? FindType(m.Groups[1].Value) : null;
        var message = expected is { IsEnum: true }
            ? $"'{field}' must be one of: {string.Join(", ", Enum.GetNames(expected))}."
            : expected is not null ? $"'{field}' must be a {Friendly(expected)}." : $"The request body is not valid JSON at '{field}': {reason}";
        return (message, new Dictionary<string, string[]> { [field] = [message] });
    }

    private static string FieldOf(string path) => path.TrimStart('$', '.').Replace("['", "").Replace("']", "");

    private static Type? FindType(string name) =>
        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name)).FirstOrDefault(t => t is not null);

    private static string Friendly(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) || t == typeof(long) => "whole number",
        var t when t == typeof(double) || t == typeof(decimal) => "number",
        var t when t == typeof(bool) => "true or false",
        var t when t == typeof(DateOnly) => "date (YYYY-MM-DD)",
        var t when t == typeof(DateTime) => "date and time (YYYY-MM-DDThh:mm:ss)",
        var t when t == typeof(string) => "text",
        var t => t.Name,
    };

    [GeneratedRegex(@"could not be converted to ([\w.`\[\]]+?)\.?$")]
    private static partial Regex ExpectedType();
}
