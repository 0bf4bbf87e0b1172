using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.People;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Organisations;

public static class DeleteOrganisation
{
    public sealed record Deleted(int Id);

    /// <summary>What still points at an organisation; an organisation in use is not deleted.</summary>
    public static async Task<IReadOnlyList<string>> UsagesAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var uses = new List<string>();
        uses.AddRange(await db.Organisations.Where(o => o.ParentId == id).Select(o => "Organisation: " + o.Name).ToListAsync(ct));
        var people = await db.Positions.Where(p => p.OrganisationId == id)
            .Join(db.People, pos => pos.PersonId, person => person.Id, (pos, person) => new { person.GivenName, person.FamilyName, person.FamilyNameFirst, pos.Title })
            .ToListAsync(ct);
        uses.AddRange(people.Select(p => $"Person: {PersonNames.Display(p.GivenName, p.FamilyName, p.FamilyNameFirst)} ({p.Title})"));
        uses.AddRange(await db.Activities.Where(a => a.Organisers.Any(o => o.OrganisationId == id))
            .Select(a => "Activity (organiser): " + a.Title).ToListAsync(ct));
        uses.AddRange(await db.Activities.Where(a => a.Participants.Any(p => p.OrganisationId == id))
            .Select(a => "Activity (participant): " + a.Title).ToListAsync(ct));
        uses.AddRange(await db.Agreements.Where(a => a.Parties.Any(p => p.OrganisationId == id)).Select(a => "Agreement: " + a.Title).ToListAsync(ct));
        uses.AddRange(await db.PilotProjects.Where(p => p.Partners.Any(x => x.OrganisationId == id)).Select(p => "Pilot project: " + p.Title).ToListAsync(ct));
        return uses;
    }

    public static async Task<Outcome<Deleted>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return Outcome<Deleted>.NotFound($"There is no organisation {id}.");
        var uses = await UsagesAsync(db, id, ct);
        if (uses.Count > 0)
            return Outcome<Deleted>.Conflict($"{organisation.Name} is still used by {uses.Count} record(s); remove those links first.", details: uses);
        db.Organisations.Remove(organisation);
        await db.SaveChangesAsync(ct);
        return Outcome<Deleted>.Ok(new(id));
    }
}
