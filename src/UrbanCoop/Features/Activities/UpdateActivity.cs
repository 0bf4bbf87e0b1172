using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Activities;

public static class UpdateActivity
{
    /// <summary>
    /// Saves the activity and returns its stored fields. A stale <see cref="ActivityInput.Version"/> gives a
    /// conflict that carries the stored fields, so the editor can see what changed.
    /// </summary>
    public static async Task<Outcome<ActivityInput>> HandleAsync(AppDbContext db, int id, ActivityInput input, CancellationToken ct)
    {
        var activity = await WithLinks(db.Activities).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null) return Outcome<ActivityInput>.NotFound($"There is no activity {id}.");
        var errors = await input.ValidateAsync(db, id, ct);
        if (errors.Any) return Outcome<ActivityInput>.Invalid(errors.ToDictionary());
        if (activity.Version != input.Version) return Stale(activity);

        input.ApplyTo(activity);
        db.ExpectVersion(activity, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await WithLinks(db.Activities.AsNoTracking()).FirstAsync(a => a.Id == id, ct));
        }
        return Outcome<ActivityInput>.Ok(ActivityInput.From(activity));
    }

    /// <summary>The activity with the link rows that <see cref="ActivityInput"/> edits.</summary>
    internal static IQueryable<Activity> WithLinks(IQueryable<Activity> activities) =>
        activities.Include(a => a.Places).Include(a => a.Organisers).Include(a => a.Participants).AsSplitQuery();

    private static Outcome<ActivityInput> Stale(Activity stored) =>
        Outcome<ActivityInput>.Conflict($"Someone else saved this activity (version {stored.Version}) after you opened it.", ActivityInput.From(stored));
}
