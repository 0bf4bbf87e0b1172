using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Pairing;

/// <summary>Turns the call's optimal pairings into partnerships of its programme and closes the call.</summary>
public static class ConfirmPairings
{
    public sealed record Confirmed(int CallId, IReadOnlyList<int> PartnershipIds);

    public static async Task<Outcome<Confirmed>> HandleAsync(AppDbContext db, int callId, CancellationToken ct)
    {
        var proposal = await ProposePairings.HandleAsync(db, callId, ct);
        if (!proposal.Succeeded) return Outcome<Confirmed>.NotFound(proposal.Message!);
        var call = await db.Calls.FirstAsync(c => c.Id == callId, ct);
        if (!call.Open) return Outcome<Confirmed>.Conflict($"The pairings of '{call.Title}' are already confirmed.");
        var p = proposal.Value!;
        if (!p.Optimal) return Outcome<Confirmed>.Conflict("The solver did not prove these pairings optimal in time; nothing was confirmed.");

        var created = p.Pairs.Select(pair => new Partnership
        {
            Name = $"{pair.Eu.Name} – {pair.Partner.Name}", ProgrammeId = call.ProgrammeId, Status = PartnershipStatus.Proposed,
            Themes = [.. pair.SharedThemes.Concat(pair.ThemesMeetingChallenges).Distinct(StringComparer.OrdinalIgnoreCase)],
            Summary = $"Paired through the call '{call.Title}' (compatibility {pair.Score}).",
            Members = [new PartnershipMember { PlaceId = pair.Eu.PlaceId, Side = MemberSide.Eu }, new PartnershipMember { PlaceId = pair.Partner.PlaceId, Side = MemberSide.Partner }],
        }).ToList();
        db.Partnerships.AddRange(created);
        call.Open = false;
        await db.SaveChangesAsync(ct);
        return Outcome<Confirmed>.Ok(new(callId, [.. created.Select(c => c.Id)]));
    }
}
