using System.Text.Json;
using UrbanCoop.Infrastructure.Cli;

namespace UrbanCoop.Tests.Features.Matchmaking.Scheduling;

public sealed class ScheduleCommandTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(string json, params string[] options)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("urbancoop-schedule").FullName, "input.json");
        await File.WriteAllTextAsync(path, json);
        var (stdout, stderr) = (Console.Out, Console.Error);
        var (output, error) = (new StringWriter(), new StringWriter());
        Console.SetOut(output);
        Console.SetError(error);
        try { return (await Commands.RunAsync(["schedule", "--json", path, .. options]), output.ToString(), error.ToString()); }
        finally { Console.SetOut(stdout); Console.SetError(stderr); }
    }

    [Fact]
    public async Task Prints_the_schedule_in_the_contracts_format()
    {
        const string input = """
            { "event": "Liuzhou-EU Business Cooperation Forum",
              "slots": [ { "id": "s01", "start": "2026-03-10T07:00:00Z", "end": "2026-03-10T07:20:00Z" },
                         { "id": "s02", "start": "2026-03-10T07:20:00+00:00", "end": "2026-03-10T07:40:00Z" } ],
              "tables": [ "T01", "T02" ],
              "participants": [
                { "id": "p001", "timeZone": "Europe/Madrid", "hours": ["08:00", "19:00"], "available": ["s01", "s02"], "maxMeetings": 6 },
                { "id": "p002", "timeZone": "Asia/Shanghai" }, { "id": "p003", "timeZone": "Asia/Shanghai", "available": ["s01"] } ],
              "requests": [ { "id": "r0001", "a": "p001", "b": "p002", "priority": 2 }, { "id": "r0002", "a": "p003", "b": "p002", "priority": 3 } ],
              "fixed": [ { "request": "r0001", "slot": "s01", "table": "T02" } ] }
            """;
        var (code, output, error) = await RunAsync(input, "--seconds", "1");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["meetings", "unscheduled", "objective", "upperBound", "seconds"], root.EnumerateObject().Select(p => p.Name));
        var meeting = Assert.Single(root.GetProperty("meetings").EnumerateArray());
        Assert.Equal("""{"request":"r0001","slot":"s01","table":"T02"}""", JsonSerializer.Serialize(meeting));
        var unscheduled = Assert.Single(root.GetProperty("unscheduled").EnumerateArray());
        Assert.Equal("r0002", unscheduled.GetProperty("request").GetString());
        Assert.Contains("p003 or p002 already has another meeting", unscheduled.GetProperty("reason").GetString());
        Assert.Equal(2, root.GetProperty("objective").GetInt32());
        Assert.Equal(2, root.GetProperty("upperBound").GetInt32());
    }

    [Fact]
    public async Task A_bad_instance_exits_1_with_every_problem_on_its_own_line()
    {
        var (code, output, error) = await RunAsync("""
            {"slots":[],"tables":[],"participants":[{"id":"a","timeZone":"Nowhere/City"}],"requests":[{"id":"r1","a":"a","b":"a","priority":2}],"fixed":[]}
            """);
        Assert.Equal(1, code);
        Assert.Empty(output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains("Nowhere/City"));
        Assert.Contains(lines, l => l.Contains("r1"));
    }

    [Theory]
    [InlineData("{ not json"), InlineData("[1, 2]"), InlineData("""{"slots": [{"id": "s1", "start": 7}]}""")]
    public async Task Input_that_is_not_an_instance_exits_1_and_says_why(string json)
    {
        var (code, _, error) = await RunAsync(json);
        Assert.Equal(1, code);
        Assert.Contains("not a valid instance", error);
    }

    [Fact]
    public async Task A_missing_file_exits_1_and_bad_options_exit_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.json");
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(new StringWriter());
        var error = new StringWriter();
        Console.SetError(error);
        try
        {
            Assert.Equal(1, await Commands.RunAsync(["schedule", "--json", missing]));
            Assert.Equal(2, await Commands.RunAsync(["schedule"]));
            Assert.Equal(2, await Commands.RunAsync(["schedule", "--json", missing, "--seconds", "soon"]));
        }
        finally { Console.SetOut(stdout); Console.SetError(stderr); }
        Assert.Contains("cannot be read", error.ToString());
        Assert.Contains("--json INPUT.json is required", error.ToString());
        Assert.Contains("--seconds needs a positive number", error.ToString());
    }
}
