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
            if (a == AuditAction.Updated && changes.Count == 0) continue;
            pending.Add(new(entry, new AuditEntry
            {
                At = now, User = user, RecordType = entry.Metadata.ClrType.Name, RecordId = entry.Entity.Id, Action = a,
                Changes = JsonSerializer.Serialize(changes),
            }));
        }
        return pending;
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}
