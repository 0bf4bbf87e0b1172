using System.Text;

namespace UrbanCoop.Bench;

/// <summary>Everything the report states about one run.</summary>
internal sealed record Run(
    DateTime Started, Options Options, Dataset Data, TimeSpan Generate, LoadReport Load, Targets Targets,
    string Postgres, string Commit, string LoadAverage, IReadOnlyList<Measurement> Measurements);

/// <summary>The Markdown report: the measured table against the targets, then how the data was loaded (numbers in the invariant culture, set by Program).</summary>
internal static class Report
{
    public const double ThroughputTarget = 0.5;
    public static readonly TimeSpan P99Target = TimeSpan.FromMilliseconds(50);

    public static string Render(Run run)
    {
        var o = run.Options;
        var d = run.Data;
        var text = new StringBuilder();
        text.AppendLine($"# Foundation benchmark, {run.Started:yyyy-MM-dd HH:mm}");
        text.AppendLine();
        text.AppendLine($"Commit {run.Commit}; {Environment.ProcessorCount} cores shared by wrk, the app and {run.Postgres}; .NET {Environment.Version}; load average {run.LoadAverage}.");
        text.AppendLine($"Data at scale {o.Scale} (seed {o.Seed}): 1 programme, {d.Places.Count:N0} places, {d.Partnerships.Count:N0} partnerships, " +
            $"{d.Organisations.Count:N0} organisations, {d.People.Count:N0} people, {d.Activities.Count:N0} activities.");
        text.AppendLine($"Place {run.Targets.PlaceId} has {run.Targets.PlaceActivities:N0} activities; partnership {run.Targets.PartnershipId} has {run.Targets.PartnershipActivities:N0}.");
        text.AppendLine($"Each row: `wrk -t{o.Threads} -c{o.Connections} -d{o.Duration}s --latency` after a {o.Warmup} s warm-up. " +
            $"Target: each page or API at least {ThroughputTarget}× the ceiling's req/s, and p99 under {P99Target.TotalMilliseconds:0} ms.");
        text.AppendLine();
        text.AppendLine("| endpoint | path | req/s | p50 | p99 | × ceiling | target | notes |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---|---|");
        var ceiling = run.Measurements.FirstOrDefault(m => m.Endpoint.IsCeiling)?.Result;
        foreach (var m in run.Measurements.OrderBy(m => m.Endpoint.IsCeiling))
        {
            if (m.Result is not { } r)
            {
                text.AppendLine($"| {m.Endpoint.Name} | `{m.Endpoint.Path}` | {m.Unavailable} | | | | | |");
                continue;
            }
            var ratio = ceiling is null ? (double?)null : r.RequestsPerSecond / ceiling.RequestsPerSecond;
            text.AppendLine($"| {m.Endpoint.Name} | `{m.Endpoint.Path}` | {r.RequestsPerSecond:N0} | {Ms(r.P50)} | {Ms(r.P99)} | " +
                $"{(ratio is null ? "" : ratio.Value.ToString("0.00"))} | {(m.Endpoint.IsCeiling ? "—" : Verdict(ratio, r.P99))} | {Notes(r)} |");
        }
        text.AppendLine();
        text.AppendLine($"Load: generated in {run.Generate.TotalSeconds:0.0} s; binary COPY {run.Load.Copy.TotalSeconds:0.0} s " +
            $"({run.Load.Tables.Sum(t => t.Rows):N0} rows), foreign-key check {run.Load.ForeignKeys.TotalSeconds:0.0} s, VACUUM ANALYZE {run.Load.Analyze.TotalSeconds:0.0} s.");
        text.AppendLine();
        text.AppendLine("| table | rows | COPY s |");
        text.AppendLine("|---|---:|---:|");
        foreach (var t in run.Load.Tables) text.AppendLine($"| {t.Table} | {t.Rows:N0} | {t.Elapsed.TotalSeconds:0.00} |");
        return text.ToString();
    }

    private static string Verdict(double? ratio, TimeSpan p99)
    {
        var misses = new List<string>();
        if (ratio is { } x && x < ThroughputTarget) misses.Add($"{x.ToString("0.00")}× < {ThroughputTarget}×");
        if (p99 >= P99Target) misses.Add($"p99 ≥ {P99Target.TotalMilliseconds:0} ms");
        return misses.Count == 0 ? "met" : "missed: " + string.Join(", ", misses);
    }

    private static string Notes(WrkResult r) =>
        string.Join(", ", new[]
        {
            r.NotOk > 0 ? $"{r.NotOk:N0} non-2xx" : null,
            r.Timeouts > 0 ? $"{r.Timeouts:N0} timed out (> 2 s, left out of p50/p99)" : null,
            r.SocketErrors > 0 ? $"{r.SocketErrors:N0} socket errors" : null,
        }.OfType<string>());

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString(t.TotalMilliseconds < 10 ? "0.00" : "0.0") + " ms";
}
