using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.People;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;
using UrbanCoop.Infrastructure.Database;
using Activity = UrbanCoop.Features.Activities.Activity;
using Db = NpgsqlTypes.NpgsqlDbType;

namespace UrbanCoop.Bench;

internal sealed record TableLoad(string Table, int Rows, TimeSpan Elapsed);

/// <summary>The ids the measured URLs use: the place and the partnership with the most activities.</summary>
internal sealed record Targets(int PlaceId, long PlaceActivities, int PartnershipId, long PartnershipActivities);

internal sealed record LoadReport(IReadOnlyList<TableLoad> Tables, TimeSpan ForeignKeys, TimeSpan Analyze)
{
    public TimeSpan Copy => Tables.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
}

/// <summary>
/// Writes a <see cref="Dataset"/> into a migrated database with binary COPY, one statement per table, then
/// moves the identity sequences past the copied ids and runs VACUUM ANALYZE. Column names and types follow the
/// PostgreSQL migration (src/UrbanCoop.Migrations.Postgres): enums as strings, text[]/integer[] arrays,
/// owned collections as jsonb.
/// </summary>
internal static class Loader
{
    private sealed record Column<T>(string Name, NpgsqlDbType Type, Func<T, object?> Value);

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private static readonly string[] IdentityTables = ["Programmes", "Clusters", "Places", "Partnerships", "Organisations", "People", "Positions", "Activities"];

    public static async Task<LoadReport> LoadAsync(string connectionString, Dataset data, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        // Foreign-key checks run as triggers, one lookup per row and key, and were most of the COPY time; the
        // generator only links ids it created, and VerifyAsync reads a sample back. Needs a superuser, as in the throwaway cluster.
        await ExecuteAsync(connection, "SET session_replication_role = replica", ct);
        var tables = new List<TableLoad>
        {
            await CopyAsync(connection, "Programmes", [data.Programme], ProgrammeColumns, ct),
            await CopyAsync(connection, "Clusters", data.Clusters, ClusterColumns, ct),
            await CopyAsync(connection, "Places", data.Places, PlaceColumns, ct),
            await CopyAsync(connection, "Partnerships", data.Partnerships, PartnershipColumns, ct),
            await CopyAsync(connection, "PartnershipMembers", data.Partnerships.SelectMany(p => p.Members), MemberColumns, ct),
            await CopyAsync(connection, "Organisations", data.Organisations, OrganisationColumns, ct),
            await CopyAsync(connection, "People", data.People, PersonColumns, ct),
            await CopyAsync(connection, "Positions", data.People.SelectMany(p => p.Positions), PositionColumns, ct),
            await CopyAsync(connection, "Activities", data.Activities, ActivityColumns, ct),
            await CopyAsync(connection, "ActivityPlace", data.Activities.SelectMany(a => a.Places), ActivityPlaceColumns, ct),
            await CopyAsync(connection, "ActivityOrganiser", data.Activities.SelectMany(a => a.Organisers), ActivityOrganiserColumns, ct),
        };
        await ExecuteAsync(connection, "RESET session_replication_role", ct);
        var checks = Stopwatch.StartNew();
        await CheckForeignKeysAsync(connection, ct);
        var foreignKeys = checks.Elapsed;
        foreach (var table in IdentityTables)
            await ExecuteAsync(connection, $"""SELECT setval(pg_get_serial_sequence('"{table}"', 'Id'), (SELECT coalesce(max("Id"), 0) + 1 FROM "{table}"), false)""", ct);
        var analyze = Stopwatch.StartNew();
        // VACUUM as well: a freshly copied table has no visibility map, so until autovacuum gets to it (about a minute
        // later, while the endpoints are being measured) every index-only scan also reads the table. A database in use
        // has been vacuumed; measure that state, not the race with autovacuum.
        await ExecuteAsync(connection, "VACUUM (ANALYZE)", ct);
        // Right after the load, something (autovacuum's first pass over the new tables, it seems) can still hold back the
        // xmin horizon, and VACUUM then leaves pages not marked all-visible (seen for Organisations, People, Positions
        // and, at small scales, every table). Vacuum those again until every page is marked, for at most a minute.
        for (var pass = 0; pass < 60; pass++)
        {
            var unmarked = new List<string>();
            await using (var find = new NpgsqlCommand(
                "SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND relallvisible < relpages", connection))
            await using (var reader = await find.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) unmarked.Add(reader.GetString(0));
            if (unmarked.Count == 0) break;
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            foreach (var table in unmarked) await ExecuteAsync(connection, $"VACUUM \"{table}\"", ct);
        }
        return new LoadReport(tables, foreignKeys, analyze.Elapsed);
    }

    /// <summary>Checks every single-column foreign key once, set-based, since the per-row checks were off during COPY.</summary>
    private static async Task CheckForeignKeysAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var checks = new List<(string Name, string Sql)>();
        await using (var list = new NpgsqlCommand("""
            SELECT conname, format('SELECT count(*) FROM %s c WHERE c.%I IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %s p WHERE p.%I = c.%I)',
                                   conrelid::regclass, a.attname, confrelid::regclass, b.attname, a.attname)
            FROM pg_constraint
            JOIN pg_attribute a ON a.attrelid = conrelid AND a.attnum = conkey[1]
            JOIN pg_attribute b ON b.attrelid = confrelid AND b.attnum = confkey[1]
            WHERE contype = 'f' AND cardinality(conkey) = 1
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) checks.Add((reader.GetString(0), reader.GetString(1)));
        foreach (var (name, sql) in checks)
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            if (await command.ExecuteScalarAsync(ct) is long dangling and > 0)
                throw new InvalidOperationException($"The generated data breaks {name}: {dangling} rows point at nothing.");
        }
    }

    /// <summary>Reads a sample back through the app's own model and saves one new record, so a drift between this loader and the model fails here, not in the measurements.</summary>
    public static async Task VerifyAsync(string connectionString, Dataset data, CancellationToken ct)
    {
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options, TimeProvider.System, new Microsoft.AspNetCore.Http.HttpContextAccessor());
        Expect("activities", data.Activities.Count, await db.Activities.CountAsync(ct));
        Expect("activity places", data.Activities.Sum(a => a.Places.Count), await db.Set<ActivityPlace>().CountAsync(ct));
        Expect("positions", data.People.Sum(p => p.Positions.Count), await db.Positions.CountAsync(ct));

        var sample = data.Activities.FirstOrDefault(a => a.Agenda.Count > 0 && a.Outcomes.Count > 0) ?? data.Activities[0];
        var read = await db.Activities.AsNoTracking().Include(a => a.Places).Include(a => a.Organisers).SingleAsync(a => a.Id == sample.Id, ct);
        Expect("agenda items", sample.Agenda.Count, read.Agenda.Count);
        Expect("outcomes", sample.Outcomes.Count, read.Outcomes.Count);
        Expect("activity kind", sample.Kind, read.Kind);
        Expect("activity themes", string.Join(",", sample.Themes), string.Join(",", read.Themes));
        Expect("activity start", sample.StartsAt, read.StartsAt);
        var partnership = await db.Partnerships.AsNoTracking().Include(p => p.Members).SingleAsync(p => p.Id == 1, ct);
        Expect("partnership members", data.Partnerships[0].Members.Count, partnership.Members.Count);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var probe = new Place { Name = "Bench probe", CountryCode = "BE" };
        db.Places.Add(probe);
        await db.SaveChangesAsync(ct);
        if (probe.Id <= data.Places.Count) throw new InvalidOperationException($"The Places identity was not reset: a new place got id {probe.Id}.");
        await transaction.RollbackAsync(ct);
    }

    public static async Task<Targets> PickTargetsAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var (placeId, placeActivities) = await BusiestAsync(connection,
            """SELECT "PlaceId", count(*) FROM "ActivityPlace" GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1""", ct);
        var (partnershipId, partnershipActivities) = await BusiestAsync(connection,
            """SELECT "PartnershipId", count(*) FROM "Activities" WHERE "PartnershipId" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1""", ct);
        return new Targets(placeId, placeActivities, partnershipId, partnershipActivities);
    }

    private static async Task<(int Id, long Count)> BusiestAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) throw new InvalidOperationException($"No rows for: {sql}");
        return (reader.GetInt32(0), reader.GetInt64(1));
    }

    private static void Expect<T>(string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            throw new InvalidOperationException($"Loaded data does not read back through the model: {what} expected {expected}, got {actual}.");
    }

    private static async Task<TableLoad> CopyAsync<T>(NpgsqlConnection connection, string table, IEnumerable<T> rows, Column<T>[] columns, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var count = 0;
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                importer.StartRow();
                foreach (var column in columns)
                {
                    if (column.Value(row) is { } value) importer.Write(value, column.Type);
                    else importer.WriteNull();
                }
                count++;
            }
            await importer.CompleteAsync(ct);
        }
        return new TableLoad(table, count, clock.Elapsed);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private static Column<T>[] WithAudit<T>(params Column<T>[] columns) where T : Record =>
    [
        .. columns,
        new("Version", Db.Integer, r => r.Version), new("CreatedAt", Db.TimestampTz, r => r.CreatedAt), new("UpdatedAt", Db.TimestampTz, r => r.UpdatedAt),
    ];

    private static readonly Column<Programme>[] ProgrammeColumns = WithAudit<Programme>(
        new("Id", Db.Integer, p => p.Id), new("Name", Db.Text, p => p.Name), new("Acronym", Db.Text, p => p.Acronym), new("Funder", Db.Text, p => p.Funder),
        new("Description", Db.Varchar, p => p.Description), new("WorldRegions", Db.Array | Db.Text, p => p.WorldRegions),
        new("StartsOn", Db.Date, p => p.StartsOn), new("EndsOn", Db.Date, p => p.EndsOn), new("Website", Db.Text, p => p.Website));

    private static readonly Column<Cluster>[] ClusterColumns = WithAudit<Cluster>(
        new("Id", Db.Integer, c => c.Id), new("Name", Db.Text, c => c.Name), new("ProgrammeId", Db.Integer, c => c.ProgrammeId),
        new("Themes", Db.Array | Db.Text, c => c.Themes), new("Description", Db.Varchar, c => c.Description));

    private static readonly Column<Place>[] PlaceColumns = WithAudit<Place>(
        new("Id", Db.Integer, p => p.Id), new("Name", Db.Varchar, p => p.Name), new("Kind", Db.Varchar, p => p.Kind.ToString()),
        new("ParentId", Db.Integer, p => p.ParentId), new("CountryCode", Db.Varchar, p => p.CountryCode), new("LocalName", Db.Text, p => p.LocalName),
        new("LocalNameLanguage", Db.Text, p => p.LocalNameLanguage), new("Aliases", Db.Array | Db.Text, p => p.Aliases),
        new("Population", Db.Bigint, p => p.Population), new("PopulationYear", Db.Integer, p => p.PopulationYear),
        new("PopulationSource", Db.Text, p => p.PopulationSource), new("AreaKm2", Db.Double, p => p.AreaKm2), new("AreaYear", Db.Integer, p => p.AreaYear),
        new("Latitude", Db.Double, p => p.Latitude), new("Longitude", Db.Double, p => p.Longitude), new("TimeZone", Db.Text, p => p.TimeZone),
        new("Summary", Db.Varchar, p => p.Summary));

    private static readonly Column<Partnership>[] PartnershipColumns = WithAudit<Partnership>(
        new("Id", Db.Integer, p => p.Id), new("Name", Db.Text, p => p.Name), new("ProgrammeId", Db.Integer, p => p.ProgrammeId),
        new("ClusterId", Db.Integer, p => p.ClusterId), new("Since", Db.Date, p => p.Since), new("Status", Db.Varchar, p => p.Status.ToString()),
        new("AgreementId", Db.Integer, p => p.AgreementId), new("Themes", Db.Array | Db.Text, p => p.Themes), new("Summary", Db.Varchar, p => p.Summary));

    private static readonly Column<PartnershipMember>[] MemberColumns =
    [
        new("PartnershipId", Db.Integer, m => m.PartnershipId), new("PlaceId", Db.Integer, m => m.PlaceId), new("Side", Db.Varchar, m => m.Side.ToString()),
    ];

    private static readonly Column<Organisation>[] OrganisationColumns = WithAudit<Organisation>(
        new("Id", Db.Integer, o => o.Id), new("Name", Db.Text, o => o.Name), new("Acronym", Db.Text, o => o.Acronym),
        new("Aliases", Db.Array | Db.Text, o => o.Aliases), new("Kind", Db.Varchar, o => o.Kind.ToString()), new("PlaceId", Db.Integer, o => o.PlaceId),
        new("ParentId", Db.Integer, o => o.ParentId), new("Website", Db.Text, o => o.Website), new("Description", Db.Varchar, o => o.Description));

    private static readonly Column<Person>[] PersonColumns = WithAudit<Person>(
        new("Id", Db.Integer, p => p.Id), new("GivenName", Db.Varchar, p => p.GivenName), new("FamilyName", Db.Varchar, p => p.FamilyName),
        new("FamilyNameFirst", Db.Boolean, p => p.FamilyNameFirst), new("Honorific", Db.Varchar, p => p.Honorific), new("Email", Db.Text, p => p.Email),
        new("Phone", Db.Text, p => p.Phone), new("ContactConsent", Db.Boolean, p => p.ContactConsent));

    private static readonly Column<Position>[] PositionColumns =
    [
        new("Id", Db.Integer, p => p.Id), new("PersonId", Db.Integer, p => p.PersonId), new("OrganisationId", Db.Integer, p => p.OrganisationId),
        new("Title", Db.Text, p => p.Title), new("Since", Db.Date, p => p.Since), new("Until", Db.Date, p => p.Until),
    ];

    private static readonly Column<Activity>[] ActivityColumns =
    [
        .. WithAudit<Activity>(
            new("Id", Db.Integer, a => a.Id), new("Title", Db.Text, a => a.Title), new("Kind", Db.Varchar, a => a.Kind.ToString()),
            new("Status", Db.Varchar, a => a.Status.ToString()), new("ProgrammeId", Db.Integer, a => a.ProgrammeId),
            new("PartnershipId", Db.Integer, a => a.PartnershipId), new("ParentId", Db.Integer, a => a.ParentId),
            new("StartsAt", Db.TimestampTz, a => a.StartsAt), new("EndsAt", Db.TimestampTz, a => a.EndsAt), new("TimeZone", Db.Varchar, a => a.TimeZone),
            new("AllDay", Db.Boolean, a => a.AllDay), new("Venue", Db.Text, a => a.Venue), new("Online", Db.Boolean, a => a.Online),
            new("OnlineUrl", Db.Varchar, a => a.OnlineUrl), new("ParticipantCount", Db.Integer, a => a.ParticipantCount),
            new("Summary", Db.Varchar, a => a.Summary), new("Themes", Db.Array | Db.Text, a => a.Themes), new("Sdgs", Db.Array | Db.Integer, a => a.Sdgs)),
        new("Agenda", Db.Jsonb, a => a.Agenda.Count == 0 ? "[]" : JsonSerializer.Serialize(a.Agenda, Json)),
        new("Outcomes", Db.Jsonb, a => a.Outcomes.Count == 0 ? "[]" : JsonSerializer.Serialize(a.Outcomes, Json)),
    ];

    private static readonly Column<ActivityPlace>[] ActivityPlaceColumns =
        [new("ActivityId", Db.Integer, l => l.ActivityId), new("PlaceId", Db.Integer, l => l.PlaceId), new("StartsAt", Db.TimestampTz, l => l.StartsAt)];

    private static readonly Column<ActivityOrganiser>[] ActivityOrganiserColumns =
        [new("ActivityId", Db.Integer, l => l.ActivityId), new("OrganisationId", Db.Integer, l => l.OrganisationId)];
}
