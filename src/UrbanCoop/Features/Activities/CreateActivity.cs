using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Activities;

public static class CreateActivity
{
    public sealed record Created(int Id, int Version);

    public static async Task<Outcome<Created>> HandleAsync(AppDbContext db, ActivityInput input, CancellationToken ct)
    {
        var errors = await input.ValidateAsync(db, selfId: null, ct);
        if (errors.Any) return Outcome<Created>.Invalid(errors.ToDictionary());
        var activity = new Activity { Title = input.Title, TimeZone = input.TimeZone };
        input.ApplyTo(activity);
        db.Activities.Add(activity);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Created(new(activity.Id, activity.Version));
    }
}
