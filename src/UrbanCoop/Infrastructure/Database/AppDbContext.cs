using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Infrastructure.Auth;
using UrbanCoop.Features.ActionPlans;
using UrbanCoop.Features.Audit;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Documents;
using UrbanCoop.Features.Knowledge.Articles;
using UrbanCoop.Features.Knowledge.Search;
using UrbanCoop.Features.Matchmaking.Brokerage;
using UrbanCoop.Features.Matchmaking.Pairing;
using UrbanCoop.Features.Matchmaking.Profiles;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.People;
using UrbanCoop.Features.PilotProjects;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;

namespace UrbanCoop.Infrastructure.Database;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options, TimeProvider clock, IHttpContextAccessor http) : IdentityUserContext<AppUser>(options)
{
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<Cluster> Clusters => Set<Cluster>();
    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<PartnershipMember> PartnershipMembers => Set<PartnershipMember>();
    public DbSet<ActionPlan> ActionPlans => Set<ActionPlan>();
    public DbSet<PilotProject> PilotProjects => Set<PilotProject>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Position> Positions => Set<Position>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentFile> DocumentFiles => Set<DocumentFile>();
    public DbSet<DocumentLink> DocumentLinks => Set<DocumentLink>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleLink> ArticleLinks => Set<ArticleLink>();
    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();
    public DbSet<SearchFacet> SearchFacets => Set<SearchFacet>();
    public DbSet<SearchTerm> SearchTerms => Set<SearchTerm>();
    public DbSet<MatchmakingProfile> MatchmakingProfiles => Set<MatchmakingProfile>();
    public DbSet<BrokerageEvent> BrokerageEvents => Set<BrokerageEvent>();
    public DbSet<BrokerageSlot> BrokerageSlots => Set<BrokerageSlot>();
    public DbSet<BrokerageParticipant> BrokerageParticipants => Set<BrokerageParticipant>();
    public DbSet<MeetingRequest> MeetingRequests => Set<MeetingRequest>();
    public DbSet<Call> Calls => Set<Call>();
    public DbSet<CallApplication> CallApplications => Set<CallApplication>();

    public DbSet<Features.Languages.RecordText> RecordTexts => Set<Features.Languages.RecordText>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// The drafts this context's queries return, as <see cref="DraftKeys"/>; null means all of them.
    /// A web request sees none (the public view) unless <see cref="DraftKeys.Allow"/> widened it for
    /// an account that edits; the command line sees everything. Read from the request, not stored
    /// here, because pooled contexts outlive requests.
    /// </summary>
    public IReadOnlyCollection<long>? VisibleDrafts => DraftKeys.VisibleIn(http.HttpContext);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(Record).IsAssignableFrom(e.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(Record.Version)).IsConcurrencyToken();
            if (entity.BaseType is null) modelBuilder.Entity(entity.ClrType).HasQueryFilter(DraftKeys.Filter(entity.ClrType, this));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await AuditTrail.LoadRowsOfDeletedAsync(ChangeTracker, cancellationToken);
        var audit = Stamp();
        var searchable = SearchIndex.Collect(ChangeTracker);
        if (audit.Count == 0 && searchable.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // The record rows, their audit entries and their search entries are saved together or not at all.
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditEntries.AddRange(audit.Select(p => { p.Audit.RecordId = p.Entry.Entity.Id; return p.Audit; }));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await SearchIndex.ApplyAsync(this, searchable, cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return saved;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    private List<AuditTrail.Pending> Stamp()
    {
        ActivityPlace.CopyStartTimes(ChangeTracker);
        var now = clock.GetUtcNow().UtcDateTime;
        var audit = AuditTrail.Collect(ChangeTracker, http.HttpContext?.User.Identity?.Name ?? (http.HttpContext is null ? "command line" : "anonymous"), now);
        foreach (var entry in ChangeTracker.Entries<Record>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAt = now;
                entry.Entity.UpdatedAt = now;
                entry.Entity.Version = 1;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.UpdatedAt = now;
                entry.Entity.Version++;
            }
        }
        return audit;
    }

    /// <summary>
    /// Makes the next save update <paramref name="record"/> only if its stored version is still
    /// <paramref name="expectedVersion"/> (what the editor loaded), even when only its child rows changed.
    /// A mismatch surfaces as <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    public void ExpectVersion(Record record, int expectedVersion)
    {
        var version = Entry(record).Property(r => r.Version);
        version.OriginalValue = expectedVersion;
        version.IsModified = true;
    }
}
