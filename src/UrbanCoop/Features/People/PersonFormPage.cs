using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.People;

/// <summary>What the new and edit pages share: the bound input, its position rows and the organisations to pick from.</summary>
public abstract class PersonFormPage : PageModel
{
    /// <summary>Empty position rows offered below the person's positions, to add new ones.</summary>
    private const int BlankPositions = 2;

    [BindProperty] public PersonInput Input { get; set; } = new();
    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    /// <summary>
    /// Drops the rows left empty before the input is checked. Their indices shift, so the binder's state for
    /// the rows is dropped too and the handler's messages (by the new indices) are the ones shown.
    /// </summary>
    protected void DropBlankPositions()
    {
        Input.Positions.RemoveAll(p => p.IsBlank);
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.Positions", StringComparison.Ordinal)).ToList())
            ModelState.Remove(key);
    }

    protected async Task PrepareFormAsync(AppDbContext db, CancellationToken ct)
    {
        Organisations = await Choices.ListAsync(
            db.Organisations.Select(o => new Choice { Id = o.Id, Name = o.Name }), Input.Positions.Select(p => p.OrganisationId), ct);
        for (var i = 0; i < BlankPositions; i++) Input.Positions.Add(new PositionInput());
    }
}
