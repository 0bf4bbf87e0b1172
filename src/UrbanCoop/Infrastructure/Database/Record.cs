namespace UrbanCoop.Infrastructure.Database;

/// <summary>
/// Base of every editable record: an identity, an optimistic-concurrency version and audit times.
/// <see cref="AppDbContext"/> bumps <see cref="Version"/> and the times on each save.
/// </summary>
public abstract class Record
{
    public int Id { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>A draft (false) is seen only by those who may edit it; see <see cref="AppDbContext.VisibleDrafts"/>.</summary>
    public bool Published { get; set; } = true;
}
