using UrbanCoop.Features.Knowledge.Sdgs;
using UrbanCoop.Features.Matchmaking.Scheduling;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Infrastructure.Cli;

/// <summary>The verb table of the command-line tool. Each verb calls the same handlers as the API and pages.</summary>
public static class Commands
{
    private sealed record Verb(string Name, string Summary, Func<string[], Task<int>> Run);

    private static readonly Verb[] Verbs =
    [
        new("serve", "Start the web platform (the default; --urls to change http://127.0.0.1:5080)", ServeAsync),
        new("migrate", "Create or upgrade the database to the latest schema, then exit", MigrateAsync),
        new("seed-demo", "Load the demo programme into an empty database", SeedDemoAsync),
        new("users", "Manage accounts: add, list, disable, enable, reset-link (users --help)", Features.Accounts.UsersCommand.RunAsync),
        new("classify-sdg", "Suggest SDGs for texts in a CSV (--input FILE --output FILE)", ClassifySdgCommand.RunAsync),
        new("reindex", "Rebuild the search index from every record, with a progress bar", Features.Knowledge.Search.ReindexCommand.RunAsync),
        new("export", "Write the open data to a file (--format zip|xlsx --out FILE)", Features.OpenData.ExportCommand.RunAsync),
        new("schedule", "Schedule 1:1 meetings of a brokerage event (--json INPUT [--seconds N])", ScheduleCommand.RunAsync),
        new("extract", "Extract places, people, organisations, events and themes from documents (--json FILE…)", Features.Intake.ExtractCommand.RunAsync),
        new("enrich-places", "Fill missing Chinese names, coordinates and time zones of places from the gazetteer", Features.Intake.PlaceEnrichment.RunAsync),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] is "--help" or "-h" or "help")
        {
            PrintHelp(Console.Out);
            return 0;
        }
        var name = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        var verb = Verbs.FirstOrDefault(v => v.Name == name);
        if (verb is null)
        {
            Console.Error.WriteLine($"error: unknown command '{name}'.");
            PrintHelp(Console.Error);
            return 2;
        }
        if ((rest.Contains("--help") || rest.Contains("-h")) && verb.Name != "users")
        {
            Console.Out.WriteLine($"urbancoop {verb.Name}: {verb.Summary}");
            return 0;
        }
        try
        {
            return await verb.Run(rest);
        }
        catch (Exception e) when (DatabaseErrors.IsDatabaseFailure(e))
        {
            Console.Error.WriteLine(DatabaseErrors.Describe(e, rest));
            return 1;
        }
    }

    private static void PrintHelp(TextWriter to)
    {
        to.WriteLine("UrbanCoop: a platform for city-to-city cooperation programmes.");
        to.WriteLine();
        to.WriteLine("usage: urbancoop [command] [--database CONNECTION] [options]");
        to.WriteLine();
        to.WriteLine("commands:");
        foreach (var verb in Verbs) to.WriteLine($"  {verb.Name,-12} {verb.Summary}");
        to.WriteLine();
        to.WriteLine("The database is SQLite in ./data unless URBANCOOP_DATABASE or --database gives a connection string:");
        to.WriteLine("'Host=…;Database=…;Username=…' for PostgreSQL, 'Data Source=FILE' for SQLite.");
    }

    private static async Task<int> ServeAsync(string[] args)
    {
        await using var app = WebApp.Build(args);
        await app.RunAsync();
        return 0;
    }

    private static async Task<int> MigrateAsync(string[] args)
    {
        await using var app = WebApp.Build(args);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseStartup.MigrateAsync(db, CancellationToken.None);
        Console.Out.WriteLine($"Database is at the latest schema: {app.Services.GetRequiredService<DatabaseTarget>().Describe()}");
        return 0;
    }

    private static async Task<int> SeedDemoAsync(string[] args)
    {
        await using var app = WebApp.Build(args);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseStartup.MigrateAsync(db, CancellationToken.None);
        var seeded = await Features.Demo.DemoProgramme.SeedIfEmptyAsync(db, CancellationToken.None);
        Console.Out.WriteLine(seeded ? "Loaded the demo programme." : "The database already holds a programme; the demo was not loaded.");
        return 0;
    }
}
