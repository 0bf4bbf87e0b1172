using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.ActionPlans;

public static class CreateActionPlan
{
    public sealed record Created(int Id, int Version, int VersionNumber);

    public static async Task<Outcome<Created>> HandleAsync(AppDbContext db, ActionPlanInput input, CancellationToken ct)
    {
        var errors = await input.ValidateAsync(db, selfId: null, ct);
        if (errors.Any) return Outcome<Created>.Invalid(errors.ToDictionary());
        var plan = new ActionPlan { Title = input.Title };
        input.ApplyTo(plan);
        if (input.VersionNumber is null) plan.VersionNumber = await NextVersionNumberAsync(db, input.PartnershipId, ct);
        return await SaveNewAsync(db, plan, ct);
    }

    internal static async Task<int> NextVersionNumberAsync(AppDbContext db, int partnershipId, CancellationToken ct) =>
        (await db.ActionPlans.Where(a => a.PartnershipId == partnershipId).MaxAsync(a => (int?)a.VersionNumber, ct) ?? 0) + 1;

    /// <summary>Adds a version; two editors taking the same number at once meet the unique index, and the second is told so.</summary>
    internal static async Task<Outcome<Created>> SaveNewAsync(AppDbContext db, ActionPlan plan, CancellationToken ct)
    {
        db.ActionPlans.Add(plan);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await ActionPlanInput.VersionTakenAsync(db, plan.PartnershipId, plan.VersionNumber, null, ct)) throw;
            return Outcome<Created>.Invalid(nameof(ActionPlanInput.VersionNumber),
                $"This partnership already has version {plan.VersionNumber} of its action plan.");
        }
        return Outcome<Created>.Created(new(plan.Id, plan.Version, plan.VersionNumber));
    }
}
