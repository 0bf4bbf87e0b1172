using UrbanCoop.Infrastructure.Cli;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Infrastructure.Cli;

[Collection(nameof(AppCollection))]
public sealed class CommandsTests
{
    internal static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        var (output, error) = (new StringWriter(), new StringWriter());
        Console.SetOut(output);
        Console.SetError(error);
        try { return (await Commands.RunAsync(args), output.ToString(), error.ToString()); }
        finally { Console.SetOut(stdout); Console.SetError(stderr); }
    }

    [Fact]
    public async Task Help_lists_every_verb_with_one_line()
    {
        var (code, output, _) = await RunAsync("--help");
        Assert.Equal(0, code);
        foreach (var verb in new[] { "serve", "migrate", "seed-demo", "classify-sdg" })
            Assert.Matches($"(?m)^  {verb} +\\S", output);
    }

    [Fact]
    public async Task An_unknown_verb_exits_2_and_shows_the_help()
    {
        var (code, _, error) = await RunAsync("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("unknown command 'frobnicate'", error);
    }

    [Fact]
    public async Task Migrate_against_an_unreachable_database_prints_one_line_and_exits_1()
    {
        var (code, _, error) = await RunAsync("migrate", "--database", "Host=127.0.0.1;Port=1;Username=x;Password=hunter2;Database=x", "--Logging:LogLevel:Default=None");
        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Host=127.0.0.1;Port=1", line);
        Assert.Contains("refused", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hunter2", line);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Migrate_then_seed_demo_fills_an_empty_database_once(Db db)
    {
        var connection = db == Db.Sqlite
            ? $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("urbancoop-cli").FullName, "cli.db")}"
            : PostgresServer.CreateDatabase();
        Assert.Equal(0, (await RunAsync("migrate", "--database", connection)).Code);
        var first = await RunAsync("seed-demo", "--database", connection);
        Assert.Equal(0, first.Code);
        Assert.Contains("Loaded the demo programme", first.Out);
        var second = await RunAsync("seed-demo", "--database", connection);
        Assert.Contains("already holds a programme", second.Out);
    }
}
