using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Features.Documents;
using UrbanCoop.Features.Knowledge.Sdgs;

namespace UrbanCoop.Features.Knowledge.Articles;

/// <summary>
/// What the new and edit pages share: the bound input, its links typed as lines ("Place 12"), and the SDGs the
/// classifier suggests for the text that the editor has not ticked yet: ticking one accepts it, leaving it rejects it.
/// </summary>
public abstract class ArticleFormPage : PageModel
{
    public sealed record SuggestedSdg(int Goal, string Name, IReadOnlyList<string> Evidence);

    [BindProperty] public ArticleInput Input { get; set; } = new();
    [BindProperty] public string? LinksText { get; set; }
    public IReadOnlyList<SuggestedSdg> Suggestions { get; private set; } = [];

    protected void ShowLinks(IEnumerable<LinkInput> links) => LinksText = string.Join('\n', links.Select(l => l.ToString()));

    /// <summary>Reads the link lines into the input; a line that is not "Kind id" is a field error.</summary>
    protected bool ReadLinks()
    {
        Input.Links = [];
        var ok = true;
        foreach (var line in (LinksText ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (LinkedRecords.TryParse(line, out var link)) Input.Links.Add(link);
            else
            {
                ModelState.AddModelError(nameof(LinksText), $"'{line}' is not a link such as 'Place 12' or 'Activity 3'.");
                ok = false;
            }
        }
        return ok;
    }

    protected void SuggestSdgs() =>
        Suggestions = [.. SdgClassifier.Default.Suggest(Input.Title + ". " + ArticleText.Plain(Input.Body))
            .Where(s => s.Suggested && !Input.Sdgs.Contains(s.Goal))
            .Select(s => new SuggestedSdg(s.Goal, Reference.Sdgs.NameOf(s.Goal), [.. s.Evidence.Take(4)]))];
}
