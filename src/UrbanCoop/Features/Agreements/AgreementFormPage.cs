using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Agreements;

/// <summary>What the new and edit pages share: the bound input and the records its select lists offer.</summary>
public abstract class AgreementFormPage : PageModel
{
    [BindProperty] public AgreementInput Input { get; set; } = new();
    public IReadOnlyList<Choice> Organisations { get; private set; } = [];
    public IReadOnlyList<Choice> Places { get; private set; } = [];
    public IReadOnlyList<Choice> Activities { get; private set; } = [];

    protected async Task LoadChoicesAsync(AppDbContext db, CancellationToken ct)
    {
        Organisations = await Choices.ListAsync(db.Organisations.Select(o => new Choice { Id = o.Id, Name = o.Name }),
            Input.OrganisationIds.Select(id => (int?)id), ct);
        Places = await Choices.ListAsync(db.Places.Select(p => new Choice { Id = p.Id, Name = p.Name + " (" + p.CountryCode + ")" }),
            Input.PlaceIds.Select(id => (int?)id), ct);
        Activities = await Choices.ListAsync(db.Activities.Select(a => new Choice { Id = a.Id, Name = a.Title }), [Input.ActivityId], ct);
    }
}
