using System.Text.Json;
using System.Text.RegularExpressions;
using UrbanCoop.Features.Intake.Extraction;
using UrbanCoop.Features.Intake.Reading;

namespace UrbanCoop.Features.Intake;

/// <summary>
/// `urbancoop extract --json FILE…`: one JSON array on standard output with one object per file, in the order
/// given. A file that cannot be read gets {"file", "error"}; the others are still extracted, and the exit code is 1.
/// No web host, no database.
/// </summary>
internal static class ExtractCommand
{
    private const string Usage = "usage: urbancoop extract --json [--max-mb N] FILE [FILE ...]";

    public static Task<int> RunAsync(string[] args)
    {
        var files = new List<string>();
        var json = false;
        var maxBytes = DocumentReader.DefaultMaxBytes;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--json") json = true;
            else if (args[i] == "--max-mb" && i + 1 < args.Length && long.TryParse(args[i + 1], out var mb) && mb > 0)
            {
                maxBytes = mb * 1024 * 1024;
                i++;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
                return Fail($"unexpected option '{args[i]}'");
            else files.Add(args[i]);
        }
        if (!json) return Fail("--json is required (the only output format)");
        if (files.Count == 0) return Fail("give at least one FILE");
        var results = files.Select(f => ExtractFile(f, maxBytes)).ToList();
        Console.Out.WriteLine(JsonSerializer.Serialize(results, ExtractionJson.Readable.ListExtractedDocument));
        foreach (var failed in results.Where(r => r.Error is not null))
            Console.Error.WriteLine($"{failed.File}: {failed.Error}");
        return Task.FromResult(results.Any(r => r.Error is not null) ? 1 : 0);
    }

    public static ExtractedDocument ExtractFile(string path, long maxBytes = DocumentReader.DefaultMaxBytes)
    {
        var name = Path.GetFileName(path);
        var text = DocumentReader.Read(path, maxBytes);
        if (text.Error is not null) return ExtractedDocument.Failed(name, text.Error);
        try
        {
            return Extractor.Default.Extract(name, text.Text!);
        }
        catch (RegexMatchTimeoutException)
        {
            return ExtractedDocument.Failed(name, "the text could not be analysed in time (pathological input)");
        }
    }

    private static Task<int> Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        Console.Error.WriteLine(Usage);
        return Task.FromResult(2);
    }
}
