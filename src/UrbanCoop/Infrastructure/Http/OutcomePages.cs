using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace UrbanCoop.Infrastructure.Http;

/// <summary>Puts an outcome's field errors into a page's ModelState, under the form's prefix.</summary>
public static class OutcomePages
{
    public static void AddTo<T>(this Outcome<T> outcome, ModelStateDictionary modelState, string prefix = "Input")
    {
        foreach (var (field, messages) in outcome.Errors)
            foreach (var message in messages)
                modelState.AddModelError(string.IsNullOrEmpty(field) ? string.Empty : $"{prefix}.{field}", message);
        if (outcome.Errors.Count == 0 && outcome.Message is not null)
            modelState.AddModelError(string.Empty, outcome.Message);
    }
}
