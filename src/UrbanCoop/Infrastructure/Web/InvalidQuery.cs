using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace UrbanCoop.Infrastructure.Web;

/// <summary>A sentence naming each query value a page could not read ("'garbage' is not a valid from.").</summary>
public static class InvalidQuery
{
    public static string Describe(ModelStateDictionary state) => string.Join(" ", state
        .Where(e => e.Value?.Errors.Count > 0)
        .Select(e => $"'{e.Value!.AttemptedValue}' is not a valid value for {e.Key[(e.Key.LastIndexOf('.') + 1)..].ToLowerInvariant()}."));
}
