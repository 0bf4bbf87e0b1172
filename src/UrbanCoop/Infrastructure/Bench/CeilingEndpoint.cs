using Microsoft.EntityFrameworkCore;
using Npgsql;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Infrastructure.Bench;

/// <summary>
/// The benchmark's ceiling (bench/README.md): one raw indexed query, no EF query pipeline, no view. Mapped only
/// when the configuration sets URBANCOOP_BENCH=1; pages are measured as a share of its throughput.
/// </summary>
internal static class CeilingEndpoint
{
    public const string Flag = "URBANCOOP_BENCH";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/bench/ceiling/{placeId:int}", GetAsync).ExcludeFromDescription();

    // The connection is the pooled AppDbContext's own: EF opens Npgsql connections from the connection string's
    // pool, so this shares it. A separate NpgsqlDataSource would be a second pool (STACK.md §3: two pools
    // together exceed max_connections under load).
    private static async Task<IResult> GetAsync(int placeId, AppDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            var parameter = command.CreateParameter();
            parameter.Value = placeId;
            command.Parameters.Add(parameter);
            // Npgsql takes positional parameters as they are; the named form is for SQLite, where the app also runs.
            if (connection is NpgsqlConnection)
                command.CommandText = """SELECT "Name" FROM "Places" WHERE "Id" = $1""";
            else
            {
                parameter.ParameterName = "@id";
                command.CommandText = """SELECT "Name" FROM "Places" WHERE "Id" = @id""";
            }
            return await command.ExecuteScalarAsync(ct) is string name ? TypedResults.Text(name) : TypedResults.NotFound();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
