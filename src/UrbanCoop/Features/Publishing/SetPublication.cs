using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Publishing;

/// <summary>Publishes a record or takes it back to draft, for any kind of record.</summary>
public static class SetPublication
{
    public sealed record Input(bool Published, int Version);
    public sealed record State(RecordKind Kind, int Id, bool Published, int Version);

    public static async Task<Outcome<State>> HandleAsync(AppDbContext db, RecordKind kind, int id, Input input, CancellationToken ct)
    {
        if (await FindAsync(db, kind, id, ct) is not Record record) return Outcome<State>.NotFound($"There is no {kind} {id}.");
        if (record.Version != input.Version) return Stale(kind, record);
        if (record.Published == input.Published) return Outcome<State>.Ok(StateOf(kind, record));
        record.Published = input.Published;
        db.ExpectVersion(record, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await FindAsync(db, kind, id, ct) is Record current ? Stale(kind, current) : Outcome<State>.NotFound($"There is no {kind} {id}.");
        }
        return Outcome<State>.Ok(StateOf(kind, record));
    }

    public static async Task<State?> GetAsync(AppDbContext db, RecordKind kind, int id, CancellationToken ct) =>
        await FindAsync(db, kind, id, ct) is Record record ? StateOf(kind, record) : null;

    private static async Task<Record?> FindAsync(AppDbContext db, RecordKind kind, int id, CancellationToken ct)
    {
        var type = db.Model.GetEntityTypes().FirstOrDefault(t => t.BaseType is null && t.ClrType.Name == kind.ToString());
        return type is null ? null : await db.FindAsync(type.ClrType, [id], ct) as Record;
    }

    private static State StateOf(RecordKind kind, Record record) => new(kind, record.Id, record.Published, record.Version);

    private static Outcome<State> Stale(RecordKind kind, Record current) =>
        Outcome<State>.Conflict($"The {kind} changed since you loaded it (version {current.Version}); reload and try again.", StateOf(kind, current));
}
