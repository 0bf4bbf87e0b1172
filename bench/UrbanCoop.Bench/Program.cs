using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using UrbanCoop.Bench;

// The foundation benchmark (bench/README.md), run by ./bench/run: a throwaway PostgreSQL cluster, the app's
// own migrations, a generated programme loaded with binary COPY, the real app under wrk, a Markdown table.
if (Options.Parse(args) is not { } options) return args.Contains("--help") || args.Contains("-h") ? 0 : 2;
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Ctrl-C and SIGTERM cancel the run instead of killing it, so every `await using` below stops what it started.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });

try
{
    return await RunAsync(options, stop.Token);
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("bench: interrupted; the app and the cluster were stopped.");
    return 130;
}
catch (Exception e) when (e is InvalidOperationException or FormatException or Npgsql.NpgsqlException or HttpRequestException)
{
    Console.Error.WriteLine($"bench: {e.Message}");
    return 1;
}

static async Task<int> RunAsync(Options options, CancellationToken ct)
{
    var started = DateTime.Now;
    var results = Path.Combine(Shell.Root, "bench", "results");
    var name = $"foundation-{started:yyyy-MM-dd}";

    Step("1. throwaway PostgreSQL cluster");
    await using var cluster = await PostgresCluster.StartAsync(ct);
    Step("2. ./urbancoop migrate");
    await cluster.MigrateAsync(ct);

    Step($"3. generate (scale {options.Scale}, seed {options.Seed}) and COPY");
    var clock = Stopwatch.StartNew();
    var data = Generator.Generate(Sizes.At(options.Scale), options.Seed);
    var generate = clock.Elapsed;
    var load = await Loader.LoadAsync(cluster.ConnectionString, data, ct);
    Step($"   loaded {load.Tables.Sum(t => t.Rows):N0} rows: COPY {load.Copy.TotalSeconds:0.0} s, foreign-key check {load.ForeignKeys.TotalSeconds:0.0} s, VACUUM ANALYZE {load.Analyze.TotalSeconds:0.0} s");
    await Loader.VerifyAsync(cluster.ConnectionString, data, ct);
    var targets = await Loader.PickTargetsAsync(cluster.ConnectionString, ct);

    Step("4. start the app (Release, Production)");
    var ceiling = new Endpoint("ceiling: raw indexed SELECT", $"/bench/ceiling/{targets.PlaceId}", IsCeiling: true);
    await using var app = await AppServer.StartAsync(cluster.ConnectionString, ceiling.Path, Path.Combine(results, name + ".app.log"), ct);

    if (options.Hold)
    {
        Step($"   holding: app {app.BaseUrl}, database '{cluster.ConnectionString}'; press Enter to measure");
        await Task.Run(Console.ReadLine, ct).WaitAsync(ct);
    }

    Step("5. wrk");
    var loadAverage = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
    var measurements = new List<Measurement>();
    foreach (var endpoint in new[]
    {
        ceiling,
        new Endpoint("place page", $"/places/{targets.PlaceId}"),
        new Endpoint("partnership page", $"/partnerships/{targets.PartnershipId}"),
        new Endpoint("activities API by place", $"/api/v1/activities?place={targets.PlaceId}"),
    })
    {
        var measurement = await Wrk.MeasureAsync(app.BaseUrl, endpoint, options, ct);
        Step($"   {endpoint.Path}: {(measurement.Result is { } r ? $"{r.RequestsPerSecond:N0} req/s, p99 {r.P99.TotalMilliseconds:0.0} ms" : measurement.Unavailable)}");
        measurements.Add(measurement);
    }

    var commit = (await Shell.RunAsync("git", ["describe", "--always", "--dirty"], ct)).Output.Trim();
    var report = Report.Render(new Run(started, options, data, generate, load, targets, await cluster.ServerVersionAsync(ct), commit,
        string.Join(" ", loadAverage), measurements));
    Directory.CreateDirectory(results);
    var file = Path.Combine(results, name + ".md");
    await File.WriteAllTextAsync(file, report, ct);
    Console.WriteLine();
    Console.WriteLine(report);
    Console.WriteLine($"Written to {Path.GetRelativePath(Shell.Root, file)}");
    return 0;
}

static void Step(string text) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {text}");
