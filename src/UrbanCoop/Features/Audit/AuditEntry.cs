using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace UrbanCoop.Features.Audit;

public enum AuditAction { Created, Updated, Deleted, Restored }

/// <summary>One change of one record: who, when, and each changed field before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? User { get; set; }
    /// <summary>The record's type name, e.g. "Place".</summary>
    public required string RecordType { get; set; }
    public int RecordId { get; set; }
    public AuditAction Action { get; set; }
    /// <summary>{"Field": [before, after]}; for a deletion every field, so that the record can be restored.</summary>
    public required string Changes { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.RecordType).HasMaxLength(64);
        entry.Property(e => e.User).HasMaxLength(256);
        entry.HasIndex(e => new { e.RecordType, e.RecordId, e.At });
    }
}
