using UrbanCoop.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.ActionPlans;

/// <summary>
/// The theme rows of the action-plan form: the plan's themes plus empty rows to add new ones.
/// Rows left empty are dropped before saving.
/// </summary>
internal static class ActionPlanForm
{
    private const int EmptyRows = 2;

    public static void AddEmptyRows(ActionPlanInput input)
    {
        for (var i = 0; i < EmptyRows; i++) input.Themes.Add(new ActionPlanThemeInput());
    }

    /// <summary>
    /// Drops empty rows. Rows after a dropped one move up, so the posted values of the rows are
    /// forgotten and the form is drawn again from the remaining themes.
    /// </summary>
    public static void DropEmptyRows(ActionPlanInput input, ModelStateDictionary modelState)
    {
        input.Themes.RemoveAll(t => t.IsBlank);
        foreach (var key in modelState.Keys.Where(k => k.StartsWith("Input.Themes", StringComparison.Ordinal)).ToList())
            modelState.Remove(key);
    }

    public static async Task<IReadOnlyList<Choice>> PartnershipsAsync(AppDbContext db, CancellationToken ct) =>
        await db.Partnerships.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice { Id = p.Id, Name = p.Name }).ToListAsync(ct);
}
