using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Matchmaking.Brokerage;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Demo;

/// <summary>
/// The demo loaded into an empty database: IUC's Liuzhou and Guangzhou pairings and IURC's Bari – GDD pairing, written
/// from the facts of the seed documents (shared/seeds).
/// </summary>
public static class DemoProgramme
{
    public static async Task<bool> SeedIfEmptyAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.Programmes.AnyAsync(ct)) return false;
        var demo = DemoData.Build();

        // Two saves: document links need the ids of the first. One transaction, so a failure leaves no half demo behind.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Programmes.AddRange(demo.Partnerships.Iuc, demo.Partnerships.Iurc);
        db.Places.AddRange(demo.Places.All);
        db.Organisations.AddRange(demo.Organisations.All);
        db.People.AddRange(demo.People.All);
        db.Partnerships.AddRange(demo.Partnerships.All);
        db.ActionPlans.AddRange(demo.Plans.All);
        db.PilotProjects.AddRange(demo.Pilots.All);
        db.Activities.AddRange([.. demo.Mission.All, .. demo.Liuzhou.All, .. demo.Guangzhou.All]);
        db.Agreements.AddRange(DemoAgreements.Create(demo.Places, demo.Organisations, demo.Mission.Mission));
        await db.SaveChangesAsync(ct);

        db.Documents.AddRange(DemoDocuments.Create(demo));
        db.Articles.AddRange(DemoArticles.Create(demo));
        db.MatchmakingProfiles.AddRange(DemoMatchmaking.Profiles(demo.Organisations));
        var (brokerage, requests) = DemoMatchmaking.Forum(demo.Organisations, demo.Mission.LiuzhouForum);
        db.BrokerageEvents.Add(brokerage);
        db.MeetingRequests.AddRange(requests);
        db.Calls.Add(DemoMatchmaking.PairingCall(demo.Places, demo.Partnerships.Iuc));
        db.RecordTexts.AddRange(DemoTexts.Create(demo));
        await db.SaveChangesAsync(ct);
        await RunScheduler.HandleAsync(db, brokerage.Id, TimeSpan.FromSeconds(1), TimeProvider.System, ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}

/// <summary>Every demo record, held by name so that builders can refer to one another's records.</summary>
internal sealed record DemoData(
    DemoPlaces Places, DemoOrganisations Organisations, DemoPeople People, DemoPartnerships Partnerships, DemoActionPlans Plans,
    DemoPilotProjects Pilots, DemoMission Mission, DemoLiuzhouActivities Liuzhou, DemoGuangzhouActivities Guangzhou)
{
    public static DemoData Build()
    {
        var places = new DemoPlaces();
        var organisations = new DemoOrganisations(places);
        var people = new DemoPeople(organisations);
        var partnerships = new DemoPartnerships(places);
        return new DemoData(places, organisations, people, partnerships, new DemoActionPlans(partnerships),
            new DemoPilotProjects(places, organisations, partnerships), new DemoMission(places, organisations, people, partnerships),
            new DemoLiuzhouActivities(places, organisations, people, partnerships), new DemoGuangzhouActivities(places, organisations, partnerships));
    }
}
