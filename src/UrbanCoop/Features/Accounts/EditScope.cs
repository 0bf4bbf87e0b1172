using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Accounts;

/// <summary>
/// Who may change which record. Admins change everything. A coordinator changes what is attached to
/// their places (the places themselves and the places inside them, partnerships they are a member
/// of and those partnerships' plans, activities, pilot projects, agreements, local organisations and
/// their people, brokerage events of their activities). An organisation editor changes their
/// organisation, its people and what it does in matchmaking (its profile, registrations, meeting
/// requests), all of which live under the organisation's path.
/// Drafts count here like any record: this is what decides who sees them.
/// </summary>
public sealed class EditScope(AppDbContext db)
{
    public async Task<bool> CanEditAsync(ClaimsPrincipal user, RecordKind kind, int id, CancellationToken ct)
    {
        if (!AccountClaims.MayWrite(user)) return false;
        var role = AccountClaims.RoleOf(user);
        if (role == UserRole.Admin) return true;
        if (role == UserRole.OrganisationEditor)
            return AccountClaims.OrganisationOf(user) is int org && await OrganisationEditorMayAsync(kind, id, org, ct);
        var own = AccountClaims.PlacesOf(user);
        if (own.Count == 0) return false;
        var places = await db.Places.IgnoreQueryFilters().Where(p => own.Contains(p.Id) || (p.ParentId != null && own.Contains(p.ParentId.Value)))
            .Select(p => p.Id).ToListAsync(ct);
        return await CoordinatorMayAsync(kind, id, places, ct);
    }

    private async Task<bool> OrganisationEditorMayAsync(RecordKind kind, int id, int organisation, CancellationToken ct) => kind switch
    {
        RecordKind.Organisation => id == organisation,
        RecordKind.Person => await db.Positions.IgnoreQueryFilters().AnyAsync(p => p.PersonId == id && p.OrganisationId == organisation, ct),
        _ => false,
    };

    private async Task<bool> CoordinatorMayAsync(RecordKind kind, int id, List<int> places, CancellationToken ct) => kind switch
    {
        RecordKind.Place => places.Contains(id),
        RecordKind.Partnership => await db.PartnershipMembers.IgnoreQueryFilters().AnyAsync(m => m.PartnershipId == id && places.Contains(m.PlaceId), ct),
        RecordKind.ActionPlan => await db.ActionPlans.IgnoreQueryFilters().AnyAsync(a => a.Id == id
            && db.PartnershipMembers.IgnoreQueryFilters().Any(m => m.PartnershipId == a.PartnershipId && places.Contains(m.PlaceId)), ct),
        RecordKind.Activity => await db.Activities.IgnoreQueryFilters().AnyAsync(a => a.Id == id
            && (a.Places.Any(p => places.Contains(p.PlaceId))
                || (a.PartnershipId != null && db.PartnershipMembers.IgnoreQueryFilters().Any(m => m.PartnershipId == a.PartnershipId && places.Contains(m.PlaceId)))), ct),
        RecordKind.PilotProject => await db.PilotProjects.IgnoreQueryFilters().AnyAsync(p => p.Id == id
            && (places.Contains(p.PlaceId)
                || (p.PartnershipId != null && db.PartnershipMembers.IgnoreQueryFilters().Any(m => m.PartnershipId == p.PartnershipId && places.Contains(m.PlaceId)))), ct),
        RecordKind.Agreement => await db.Agreements.IgnoreQueryFilters().AnyAsync(a => a.Id == id
            && a.Parties.Any(p => (p.PlaceId != null && places.Contains(p.PlaceId.Value))
                || (p.Organisation != null && p.Organisation.PlaceId != null && places.Contains(p.Organisation.PlaceId.Value))), ct),
        RecordKind.Organisation => await db.Organisations.IgnoreQueryFilters().AnyAsync(o => o.Id == id && o.PlaceId != null && places.Contains(o.PlaceId.Value), ct),
        RecordKind.Person => await db.Positions.IgnoreQueryFilters().AnyAsync(p => p.PersonId == id
            && p.Organisation!.PlaceId != null && places.Contains(p.Organisation.PlaceId.Value), ct),
        RecordKind.Document => await DocumentInScopeAsync(id, places, ct),
        RecordKind.Article => await ArticleInScopeAsync(id, places, ct),
        RecordKind.BrokerageEvent => await db.BrokerageEvents.Where(e => e.Id == id).Select(e => e.ActivityId).FirstOrDefaultAsync(ct) is int activity
            && await CoordinatorMayAsync(RecordKind.Activity, activity, places, ct),
        _ => false,
    };

    // A document belongs to the records it is linked to: a coordinator edits it when one of them is theirs.
    private async Task<bool> DocumentInScopeAsync(int id, List<int> places, CancellationToken ct)
    {
        var links = await db.DocumentLinks.IgnoreQueryFilters().Where(l => l.DocumentId == id && l.RecordKind != RecordKind.Document)
            .Select(l => new { l.RecordKind, l.RecordId }).ToListAsync(ct);
        foreach (var link in links)
            if (await CoordinatorMayAsync(link.RecordKind, link.RecordId, places, ct)) return true;
        return false;
    }

    // An article, like a document, belongs to the records it is about.
    private async Task<bool> ArticleInScopeAsync(int id, List<int> places, CancellationToken ct)
    {
        var links = await db.ArticleLinks.Where(l => l.ArticleId == id && l.RecordKind != RecordKind.Article)
            .Select(l => new { l.RecordKind, l.RecordId }).ToListAsync(ct);
        foreach (var link in links)
            if (await CoordinatorMayAsync(link.RecordKind, link.RecordId, places, ct)) return true;
        return false;
    }
}
