using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.ActionPlans;

/// <summary>Starts the next version of a partnership's plan as a draft copy of its latest version.</summary>
public static class NewActionPlanVersion
{
    /// <param name="id">Any version of the plan; the copy is always made from the latest one.</param>
    public static async Task<Outcome<CreateActionPlan.Created>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var partnershipId = await db.ActionPlans.Where(a => a.Id == id).Select(a => (int?)a.PartnershipId).FirstOrDefaultAsync(ct);
        if (partnershipId is null) return Outcome<CreateActionPlan.Created>.NotFound($"There is no action plan {id}.");
        var latest = await db.ActionPlans.AsNoTracking().Where(a => a.PartnershipId == partnershipId)
            .OrderByDescending(a => a.VersionNumber).FirstAsync(ct);

        var copy = new ActionPlan { Title = latest.Title };
        ActionPlanInput.From(latest).ApplyTo(copy);
        copy.VersionNumber = latest.VersionNumber + 1;
        copy.Status = ActionPlanStatus.Draft;
        copy.EndorsedOn = null;
        return await CreateActionPlan.SaveNewAsync(db, copy, ct);
    }
}
