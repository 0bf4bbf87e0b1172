using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Audit;

/// <summary>
/// Turns the tracked changes of a save into audit entries. Created records get their ids only once
/// saved, so their entries are completed after the save.
/// </summary>
internal static class AuditTrail
{
    private static readonly HashSet<string> Skipped = [nameof(Record.Version), nameof(Record.CreatedAt), nameof(Record.UpdatedAt)];

    public sealed record Pending(EntityEntry<Record> Entry, AuditEntry Audit);

    /// <summary>
    /// A record deleted without its rows loaded would lose them to the database's cascade unseen; load
    /// them first so that the deletion's audit entry holds them and a restore can bring them back.
    /// </summary>
    public static async Task LoadRowsOfDeletedAsync(ChangeTracker tracker, CancellationToken ct)
    {
        foreach (var owner in tracker.Entries<Record>().Where(e => e.State == EntityState.Deleted).ToList())
            foreach (var navigation in OwnedRows(owner.Metadata).Where(n => n.ForeignKey.DeleteBehavior == DeleteBehavior.Cascade))
            {
                var rows = owner.Collection(navigation.Name);
                if (rows.IsLoaded) continue;
                await rows.LoadAsync(ct);
                foreach (var row in rows.CurrentValue ?? Array.Empty<object>())
                    if (tracker.Context.Entry(row) is { State: EntityState.Unchanged } entry) entry.State = EntityState.Deleted;
            }
    }

    /// <summary>The collections of rows that belong to a record of this type (not links to other records).</summary>
    public static IEnumerable<Microsoft.EntityFrameworkCore.Metadata.INavigation> OwnedRows(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
        type.GetNavigations().Where(n => n.IsCollection && !n.TargetEntityType.IsOwned() && !typeof(Record).IsAssignableFrom(n.TargetEntityType.ClrType));

    public static List<Pending> Collect(ChangeTracker tracker, string? user, DateTime now)
    {
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries<Record>())
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Modified => AuditAction.Updated,
                EntityState.Deleted => AuditAction.Deleted,
                _ => (AuditAction?)null,
            };
            if (action is not AuditAction a) continue;
            var changes = new Dictionary<string, object?[]>();
            foreach (var property in entry.Properties.Where(p => !Skipped.Contains(p.Metadata.Name) && !p.Metadata.IsPrimaryKey()))
            {
                var (before, after) = a switch
                {
                    AuditAction.Created => (null, property.CurrentValue),
                    AuditAction.Deleted => (property.OriginalValue, null),
                    _ => (property.OriginalValue, property.CurrentValue),
                };
                if (a == AuditAction.Updated && (!property.IsModified || Equals(Json(before), Json(after)))) continue;
                changes[property.Metadata.Name] = [before, after];
            }
            AddChildRows(tracker, entry, changes);
            if (a == AuditAction.Updated && changes.Count == 0) continue;
            pending.Add(new(entry, new AuditEntry
            {
                At = now, User = user, RecordType = entry.Metadata.ClrType.Name, RecordId = entry.Entity.Id, Action = a,
                Changes = JsonSerializer.Serialize(changes),
            }));
        }
        return pending;
    }

    /// <summary>
    /// Rows that belong to the record (its places, members, participants, positions) count as one of
    /// its fields, named after the navigation, holding the rows removed and the rows added.
    /// </summary>
    private static void AddChildRows(ChangeTracker tracker, EntityEntry<Record> owner, Dictionary<string, object?[]> changes)
    {
        foreach (var navigation in OwnedRows(owner.Metadata))
        {
            var foreignKey = navigation.ForeignKey;
            // For a record being created this is EF's temporary key, which its new rows point at too.
            var ownerId = owner.Property(nameof(Record.Id)).CurrentValue;
            var rows = tracker.Entries().Where(e => e.Metadata == navigation.TargetEntityType
                && e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified
                && Equals(e.Property(foreignKey.Properties[0].Name).CurrentValue, ownerId)).ToList();
            if (rows.Count == 0) continue;
            var removed = rows.Where(r => r.State is EntityState.Deleted or EntityState.Modified).Select(r => Row(r, foreignKey, original: true)).ToList();
            var added = rows.Where(r => r.State is EntityState.Added or EntityState.Modified).Select(r => Row(r, foreignKey, original: false)).ToList();
            changes[navigation.Name] = [removed.Count > 0 ? removed : null, added.Count > 0 ? added : null];
        }
    }

    private static Dictionary<string, object?> Row(EntityEntry row, Microsoft.EntityFrameworkCore.Metadata.IForeignKey owner, bool original) =>
        // A surrogate id says nothing; a composite key (ActivityId, PlaceId) names what the row links to.
        row.Properties.Where(p => !(p.Metadata.IsPrimaryKey() && p.Metadata.Name == "Id") && !owner.Properties.Contains(p.Metadata))
            .ToDictionary(p => p.Metadata.Name, p => original ? p.OriginalValue : p.CurrentValue);

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}
