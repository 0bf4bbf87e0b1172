using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Organisations;

/// <summary>What the new and edit pages share: the bound input and the options of the form's select lists.</summary>
public abstract class OrganisationFormPage : PageModel
{
    [BindProperty] public OrganisationInput Input { get; set; } = new();
    [BindProperty] public string? AliasesText { get; set; }
    public IReadOnlyList<Choice> Places { get; private set; } = [];
    public IReadOnlyList<Choice> Parents { get; private set; } = [];

    protected async Task LoadChoicesAsync(AppDbContext db, int? selfId, CancellationToken ct)
    {
        Places = await Choices.ListAsync(
            db.Places.Select(p => new Choice { Id = p.Id, Name = p.Name + " (" + p.CountryCode + ")" }), [Input.PlaceId], ct);
        Parents = await Choices.ListAsync(
            db.Organisations.Where(o => o.Id != selfId).Select(o => new Choice { Id = o.Id, Name = o.Name }), [Input.ParentId], ct);
    }
}
