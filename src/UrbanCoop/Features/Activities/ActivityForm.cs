using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Activities;

/// <summary>What the shared _ActivityForm partial edits: the input, its lists as lines, and the records to choose from.</summary>
public interface IActivityForm
{
    ActivityInput Input { get; }
    ActivityLines Lines { get; }
    ActivityChoices Choices { get; }
}

public sealed record ActivityChoices(IReadOnlyList<ActivityChoices.Choice> Programmes, IReadOnlyList<ActivityChoices.Choice> Partnerships)
{
    public sealed record Choice(int Id, string Name);

    public static readonly ActivityChoices None = new([], []);

    public static async Task<ActivityChoices> LoadAsync(AppDbContext db, CancellationToken ct) => new(
        await db.Programmes.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct),
        await db.Partnerships.AsNoTracking().OrderBy(p => p.Name).Take(1000).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct));
}
