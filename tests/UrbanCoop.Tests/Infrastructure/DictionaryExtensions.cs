namespace UrbanCoop.Tests.Infrastructure;

public static class DictionaryExtensions
{
    public static Dictionary<string, string> With(this IDictionary<string, string> fields, string key, string value) =>
        new(fields) { [key] = value };
}
