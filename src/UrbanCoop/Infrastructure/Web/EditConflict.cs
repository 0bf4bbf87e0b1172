using System.Collections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Infrastructure.Web;

/// <summary>An edit form's input: it carries the version of the record the editor loaded.</summary>
public interface IVersionedInput
{
    int Version { get; set; }
}

/// <summary>What differs between the values an editor posted and the values stored meanwhile.</summary>
public static class EditConflict
{
    public sealed record Difference(string Field, string Yours, string Stored);

    /// <summary>
    /// What an edit page does with the outcome of its save: go to <paramref name="savedUrl"/>, or 404
    /// when the record is gone; otherwise stay on the form (null) with the field errors (400) or, for a
    /// stale version, the <paramref name="conflict"/> (409). The editor's values stay on screen, but the
    /// form is armed with the stored version so a second save overwrites knowingly.
    /// </summary>
    public static IActionResult? AfterSave<T>(PageModel page, Outcome<T> outcome, T input, string savedUrl, out IReadOnlyList<Difference>? conflict)
        where T : class, IVersionedInput
    {
        conflict = null;
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                return new RedirectResult(savedUrl);
            case OutcomeStatus.NotFound:
                return new NotFoundResult();
            case OutcomeStatus.Conflict:
                conflict = Compare(input, outcome.Value!);
                page.ModelState.Remove("Input.Version");
                input.Version = outcome.Value!.Version;
                page.Response.StatusCode = StatusCodes.Status409Conflict;
                return null;
            default:
                outcome.AddTo(page.ModelState);
                page.Response.StatusCode = StatusCodes.Status400BadRequest;
                return null;
        }
    }

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
