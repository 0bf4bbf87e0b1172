using System.Diagnostics;

namespace UrbanCoop.Bench;

internal sealed record RunResult(int ExitCode, string Output, string Error);

/// <summary>Child processes, the repository root, and the list of things bench/run must clean up if this process dies.</summary>
internal static class Shell
{
    public static string Root { get; } = FindRoot();

    public static async Task<RunResult> RunAsync(string file, IEnumerable<string> args, CancellationToken ct,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new RunResult(process.ExitCode, await output, await error);
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "UrbanCoop.slnx"))) return dir.FullName;
        throw new InvalidOperationException("UrbanCoop.slnx not found above " + Environment.CurrentDirectory);
    }
}

/// <summary>
/// The cluster directories and app process ids this run owns, written to the file bench/run names in
/// URBANCOOP_BENCH_STATE, so its trap can still stop them if this process is killed before its finally blocks run.
/// </summary>
internal static class Leftovers
{
    private static readonly string? File = Environment.GetEnvironmentVariable("URBANCOOP_BENCH_STATE");
    private static readonly List<string> Lines = [];

    public static void Add(string kind, string value) => Update(() => Lines.Add($"{kind} {value}"));

    public static void Remove(string kind, string value) => Update(() => Lines.Remove($"{kind} {value}"));

    private static void Update(Action change)
    {
        lock (Lines)
        {
            change();
            if (File is not null) System.IO.File.WriteAllLines(File, Lines);
        }
    }
}
