using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Dashboard;

/// <summary>Counts of the records other than activities, under the filters that apply to each.</summary>
internal static class DashboardRecords
{
    public sealed record Counts(long Partnerships, long Agreements, long PilotProjects, long Places);

    public static async Task<Counts> CountAsync(AppDbContext db, GetDashboard.Query query, CancellationToken ct)
    {
        var partnerships = db.Partnerships.AsNoTracking();
        var projects = db.PilotProjects.AsNoTracking();
        var agreements = db.Agreements.AsNoTracking().Where(a => a.Status != AgreementStatus.Draft);
        var places = db.Places.AsNoTracking();
        if (query.Programme is int programme)
        {
            partnerships = partnerships.Where(p => p.ProgrammeId == programme);
            projects = projects.Where(p => p.Partnership != null && p.Partnership.ProgrammeId == programme);
            places = places.Where(p => db.PartnershipMembers.Any(m => m.PlaceId == p.Id && db.Partnerships.Any(x => x.Id == m.PartnershipId && x.ProgrammeId == programme)));
        }
        if (query.Theme is { } theme)
        {
            partnerships = partnerships.Where(p => p.Themes.Contains(theme));
            projects = projects.Where(p => p.Themes.Contains(theme));
            agreements = agreements.Where(a => a.Themes.Contains(theme));
        }
        if (query.Sdg is int sdg)
        {
            // As the partnership list reads it: an SDG of a theme of one of its action plans.
            partnerships = partnerships.Where(p => db.ActionPlans.Any(a => a.PartnershipId == p.Id && a.Themes.Any(t => t.Sdgs.Contains(sdg))));
            projects = projects.Where(p => p.Sdgs.Contains(sdg));
        }
        if (query.Country is { } country)
        {
            partnerships = partnerships.Where(p => p.Members.Any(m => m.Place!.CountryCode == country));
            projects = projects.Where(p => p.Place!.CountryCode == country);
            agreements = agreements.Where(a => a.Parties.Any(p => p.Place != null && p.Place.CountryCode == country));
            places = places.Where(p => p.CountryCode == country);
        }
        if (query.From is DateOnly from) agreements = agreements.Where(a => a.SignedOn >= from);
        if (query.To is DateOnly to) agreements = agreements.Where(a => a.SignedOn <= to);
        return new(
            await partnerships.CountAsync(ct),
            await agreements.SumAsync(a => (long)a.Quantity, ct),
            await projects.CountAsync(ct),
            await places.CountAsync(ct));
    }
}
