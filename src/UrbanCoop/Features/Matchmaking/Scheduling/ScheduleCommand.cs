using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>
/// `urbancoop schedule --json INPUT.json [--seconds N]`: prints the schedule as JSON and exits 0,
/// or prints every problem of the input, one per line, and exits 1. No web host, no database.
/// </summary>
internal static class ScheduleCommand
{
    private const string Usage = "usage: urbancoop schedule --json INPUT.json [--seconds N]   (N: the time cap, default 10)";
    // the share of --seconds the solver may use, leaving room for start-up, output and a loaded machine
    private const double ShareOfCap = 0.7;

    public static async Task<int> RunAsync(string[] args)
    {
        var startup = SinceProcessStart();
        var clock = Stopwatch.StartNew();
        if (!TryReadArguments(args, out var path, out var seconds, out var error))
        {
            Console.Error.WriteLine($"error: {error}");
            Console.Error.WriteLine(Usage);
            return 2;
        }
        ScheduleInput? input;
        try
        {
            await using var stream = File.OpenRead(path);
            input = await JsonSerializer.DeserializeAsync(stream, ScheduleJson.Default.ScheduleInput);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{path}: cannot be read ({e.Message})");
            return 1;
        }
        catch (JsonException e)
        {
            Console.Error.WriteLine($"{path}: not a valid instance ({e.Message})");
            return 1;
        }
        var problems = new List<string>();
        var problem = input is null ? null : InputValidation.Validate(input, problems);
        if (input is null) problems.Add($"{path}: the instance must be a JSON object");
        if (problem is null)
        {
            foreach (var line in problems) Console.Error.WriteLine(line);
            return 1;
        }
        var limit = TimeSpan.FromSeconds(seconds * ShareOfCap) - startup - clock.Elapsed;
        var output = MeetingScheduler.Solve(problem, new SchedulerOptions(limit));
        output = output with { Seconds = Math.Round((startup + clock.Elapsed).TotalSeconds, 3) };
        Console.Out.WriteLine(JsonSerializer.Serialize(output, ScheduleJson.Default.ScheduleOutput));
        return 0;
    }

    private static bool TryReadArguments(string[] args, out string path, out double seconds, out string error)
    {
        (path, seconds, error) = ("", 10, "");
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--json" when value is not null:
                    path = value;
                    i++;
                    break;
                case "--seconds" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) && seconds > 0:
                    i++;
                    break;
                case "--seconds":
                    error = $"--seconds needs a positive number of seconds, not '{value}'";
                    return false;
                default:
                    error = $"unexpected argument '{args[i]}'";
                    return false;
            }
        }
        if (path.Length == 0) error = "--json INPUT.json is required";
        return path.Length > 0;
    }

    private static TimeSpan SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        var elapsed = DateTime.Now - process.StartTime;
        return elapsed < TimeSpan.Zero || elapsed > TimeSpan.FromMinutes(1) ? TimeSpan.Zero : elapsed;
    }
}
