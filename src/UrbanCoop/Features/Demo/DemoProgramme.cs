using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Demo;

/// <summary>The demo programme loaded into an empty database.</summary>
public static class DemoProgramme
{
    public static async Task<bool> SeedIfEmptyAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.Programmes.AnyAsync(ct)) return false;
        db.Programmes.Add(new Programme { Name = "International Urban Cooperation", Acronym = "IUC" });
        db.Places.Add(new Place { Name = "Liuzhou", CountryCode = "CN" });
        db.Places.Add(new Place { Name = "Barcelona", CountryCode = "ES" });
        await db.SaveChangesAsync(ct);
        return true;
    }
}
