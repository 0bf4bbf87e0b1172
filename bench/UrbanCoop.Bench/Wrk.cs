using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace UrbanCoop.Bench;

internal sealed record Endpoint(string Name, string Path, bool IsCeiling = false);

/// <summary>wrk's summary; requests that hit its 2 s timeout are counted in <see cref="Timeouts"/>, not in the latencies.</summary>
internal sealed record WrkResult(double RequestsPerSecond, TimeSpan P50, TimeSpan P99, long Requests, long NotOk, long SocketErrors, long Timeouts);

/// <summary>One row of the table: a result, or why there is none.</summary>
internal sealed record Measurement(Endpoint Endpoint, WrkResult? Result, string? Unavailable);

/// <summary>Runs wrk against one endpoint (a warm-up run, then the measured run with --latency) and reads its summary.</summary>
internal static partial class Wrk
{
    public static async Task<Measurement> MeasureAsync(string baseUrl, Endpoint endpoint, Options options, CancellationToken ct)
    {
        // Endpoints still being built on other branches answer 404: report them as missing rather than fail the run.
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) })
        using (var probe = await http.GetAsync(baseUrl + endpoint.Path, ct))
        {
            if (probe.StatusCode == HttpStatusCode.NotFound) return new(endpoint, null, "not available (404)");
            if (!probe.IsSuccessStatusCode) return new(endpoint, null, $"not available (HTTP {(int)probe.StatusCode})");
        }
        var url = baseUrl + endpoint.Path;
        string[] load = [$"-t{options.Threads}", $"-c{options.Connections}"];
        if (options.Warmup > 0) await RunAsync([.. load, $"-d{options.Warmup}s", url], ct);
        var result = Parse(await RunAsync([.. load, $"-d{options.Duration}s", "--latency", url], ct));
        return result.NotOk >= result.Requests ? new(endpoint, null, "not available (every response non-2xx)") : new(endpoint, result, null);
    }

    private static async Task<string> RunAsync(string[] args, CancellationToken ct)
    {
        var run = await Shell.RunAsync("wrk", args, ct);
        if (run.ExitCode != 0) throw new InvalidOperationException($"wrk {string.Join(' ', args)} failed: {run.Error}{run.Output}");
        return run.Output;
    }

    public static WrkResult Parse(string output)
    {
        var socketErrors = SocketErrors().Match(output);
        return new WrkResult(
            double.Parse(Find(RequestsPerSecond(), output), CultureInfo.InvariantCulture),
            Latency(Percentile(50), output), Latency(Percentile(99), output),
            long.Parse(Find(Requests(), output), CultureInfo.InvariantCulture),
            NotOk().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            socketErrors.Success ? socketErrors.Groups.Values.Skip(1).Take(3).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0,
            socketErrors.Success ? long.Parse(socketErrors.Groups[4].Value, CultureInfo.InvariantCulture) : 0);
    }

    private static Regex Percentile(int p) => new($@"^\s*{p}%\s+([\d.]+)(us|ms|s|m|h)\s*$", RegexOptions.Multiline);

    private static TimeSpan Latency(Regex pattern, string output)
    {
        var match = pattern.Match(output);
        if (!match.Success) throw new FormatException($"wrk output has no latency line /{pattern}/:\n{output}");
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => TimeSpan.FromMicroseconds(value),
            "ms" => TimeSpan.FromMilliseconds(value),
            "s" => TimeSpan.FromSeconds(value),
            "m" => TimeSpan.FromMinutes(value),
            _ => TimeSpan.FromHours(value),
        };
    }

    private static string Find(Regex pattern, string output) =>
        pattern.Match(output) is { Success: true } m ? m.Groups[1].Value : throw new FormatException($"wrk output has no /{pattern}/:\n{output}");

    [GeneratedRegex(@"^Requests/sec:\s+([\d.]+)", RegexOptions.Multiline)] private static partial Regex RequestsPerSecond();
    [GeneratedRegex(@"^\s*(\d+) requests in", RegexOptions.Multiline)] private static partial Regex Requests();
    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")] private static partial Regex NotOk();
    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")] private static partial Regex SocketErrors();
}
