using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.ActionPlans;

public static class UpdateActionPlan
{
    /// <summary>
    /// Saves the plan version with its themes and returns its stored fields. A stale
    /// <see cref="ActionPlanInput.Version"/> gives a conflict that carries the stored fields.
    /// </summary>
    public static async Task<Outcome<ActionPlanInput>> HandleAsync(AppDbContext db, int id, ActionPlanInput input, CancellationToken ct)
    {
        var plan = await db.ActionPlans.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (plan is null) return Outcome<ActionPlanInput>.NotFound($"There is no action plan {id}.");
        if (input.PartnershipId != plan.PartnershipId)
            return Outcome<ActionPlanInput>.Invalid(nameof(ActionPlanInput.PartnershipId), "A plan version stays with its partnership; start a plan there instead.");
        input.VersionNumber ??= plan.VersionNumber;
        var errors = await input.ValidateAsync(db, id, ct);
        if (errors.Any) return Outcome<ActionPlanInput>.Invalid(errors.ToDictionary());
        if (plan.Version != input.Version) return Stale(plan);

        input.ApplyTo(plan);
        db.ExpectVersion(plan, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.ActionPlans.AsNoTracking().FirstAsync(a => a.Id == id, ct));
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await ActionPlanInput.VersionTakenAsync(db, plan.PartnershipId, plan.VersionNumber, id, ct)) throw;
            return Outcome<ActionPlanInput>.Invalid(nameof(ActionPlanInput.VersionNumber),
                $"This partnership already has version {plan.VersionNumber} of its action plan.");
        }
        return Outcome<ActionPlanInput>.Ok(ActionPlanInput.From(plan));
    }

    private static Outcome<ActionPlanInput> Stale(ActionPlan stored) =>
        Outcome<ActionPlanInput>.Conflict($"Someone else saved this action plan (version {stored.Version}) after you opened it.", ActionPlanInput.From(stored));
}
