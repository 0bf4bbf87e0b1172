using System.Diagnostics;
using System.Text.Json;
using UrbanCoop.Features.Intake;
using UrbanCoop.Features.Intake.Extraction;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Intake;

/// <summary>The extraction contract on the real seed documents, scored by the project's shared scorer.</summary>
public sealed class SeedScoreTests
{
    private static string Shared => Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared"));

    [Fact]
    public async Task The_seeds_score_at_least_0_90_with_the_shared_scorer()
    {
        var seeds = Directory.GetFiles(Repository.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(seeds);
        var output = seeds.Select(s => ExtractCommand.ExtractFile(s)).ToList();
        Assert.All(output, d => Assert.Null(d.Error));
        var json = Path.Combine(Path.GetTempPath(), $"intake-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(output, ExtractionJson.Readable.ListExtractedDocument));
        try
        {
            var start = new ProcessStartInfo("python3", [Path.Combine(Shared, "tools", "score-intake"), json, Path.Combine(Shared, "intake", "gold")])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var scorer = Process.Start(start)!;
            var printed = await scorer.StandardOutput.ReadToEndAsync();
            await scorer.WaitForExitAsync();
            var last = printed.Trim().Split('\n')[^1];
            var score = double.Parse(last.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(score >= 0.90, printed);
        }
        finally
        {
            File.Delete(json);
        }
    }

    [Fact]
    public void Output_keeps_the_order_of_the_files_and_names_each_file()
    {
        var seeds = Directory.GetFiles(Repository.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).Reverse().ToList();
        var output = seeds.Select(s => ExtractCommand.ExtractFile(s)).ToList();
        Assert.Equal(seeds.Select(Path.GetFileName), output.Select(o => o.File));
    }
}
