using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Audit;

/// <summary>
/// Brings a deleted record back under its old id from the fields its deletion recorded, with the
/// rows that were deleted with it (its places, members, participants, positions) as far as the
/// records they point at still exist.
/// </summary>
public static class RestoreRecord
{
    public sealed record Restored(string RecordType, int Id);

    public static async Task<Outcome<Restored>> HandleAsync(AppDbContext db, long entryId, CancellationToken ct)
    {
        var entry = await db.AuditEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId && e.Action == AuditAction.Deleted, ct);
        if (entry is null) return Outcome<Restored>.NotFound($"There is no deletion {entryId} in the history.");
        var type = db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == entry.RecordType && typeof(Record).IsAssignableFrom(t.ClrType));
        if (type is null) return Outcome<Restored>.NotFound($"Records of type {entry.RecordType} cannot be restored.");
        if (await db.FindAsync(type.ClrType, [entry.RecordId], ct) is not null)
            return Outcome<Restored>.Conflict($"{entry.RecordType} {entry.RecordId} exists again; nothing to restore.");

        var record = (Record)Activator.CreateInstance(type.ClrType)!;
        record.Id = entry.RecordId;
        var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement[]>>(entry.Changes) ?? [];
        foreach (var (name, values) in fields)
        {
            if (type.FindProperty(name) is not { PropertyInfo: { CanWrite: true } property } || values.Length == 0) continue;
            property.SetValue(record, values[0].Deserialize(property.PropertyType));
        }
        db.Add(record);
        foreach (var navigation in AuditTrail.OwnedRows(type))
            if (fields.TryGetValue(navigation.Name, out var rows) && rows.Length > 0 && rows[0].ValueKind == JsonValueKind.Array)
                foreach (var row in rows[0].EnumerateArray())
                    db.Add(RowOf(navigation, row, record.Id));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            db.ChangeTracker.Clear();
            return Outcome<Restored>.Conflict($"{entry.RecordType} {entry.RecordId} refers to records that no longer exist: {e.InnerException?.Message ?? e.Message}");
        }
        return Outcome<Restored>.Ok(new(entry.RecordType, entry.RecordId));
    }

    private static object RowOf(Microsoft.EntityFrameworkCore.Metadata.INavigation navigation, JsonElement row, int ownerId)
    {
        var target = navigation.TargetEntityType;
        var instance = Activator.CreateInstance(target.ClrType)!;
        foreach (var field in row.EnumerateObject())
            if (target.FindProperty(field.Name) is { PropertyInfo: { CanWrite: true } property })
                property.SetValue(instance, field.Value.Deserialize(property.PropertyType));
        navigation.ForeignKey.Properties[0].PropertyInfo!.SetValue(instance, ownerId);
        return instance;
    }
}
