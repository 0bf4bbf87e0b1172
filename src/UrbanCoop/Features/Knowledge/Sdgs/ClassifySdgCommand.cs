using System.Diagnostics;
using System.Globalization;
using System.Text;
using UrbanCoop.Infrastructure.Csv;

namespace UrbanCoop.Features.Knowledge.Sdgs;

/// <summary>
/// The classify-sdg verb: reads a CSV with at least the columns id and text, and writes id,sdgs with one
/// row per distinct id in first-seen order, sdgs being the suggested goal numbers separated by spaces.
/// </summary>
internal static class ClassifySdgCommand
{
    private sealed record Options(string Input, string Output, string? Features);

    private sealed class InputException(string message) : Exception(message);

    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (ParseOptions(args) is not { } options)
        {
            error.WriteLine("error: usage: urbancoop classify-sdg --input FILE.csv --output OUT.csv [--features FEATURES.csv]");
            return 2;
        }
        try
        {
            var texts = ReadTexts(options.Input);
            var classifier = SdgClassifier.Default; // loads the lexicon before the clock starts
            var clock = Stopwatch.StartNew();
            var goals = texts.Select(t => (t.Id, Goals: classifier.Goals(t.Text))).ToList();
            var seconds = clock.Elapsed.TotalSeconds;
            Write(options.Output, "id,sdgs", goals.Select(g => new[] { g.Id, string.Join(' ', g.Goals) }));
            if (options.Features is { } features) WriteFeatures(features, texts);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Classified {goals.Count} texts in {seconds:0.00} s ({goals.Count / Math.Max(seconds, 1e-6):0} texts/s); wrote {options.Output}."));
            return 0;
        }
        catch (InputException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static Options? ParseOptions(string[] args)
    {
        string? input = null, output = null, features = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--input" when value is not null: input = value; i++; break;
                case "--output" when value is not null: output = value; i++; break;
                case "--features" when value is not null: features = value; i++; break;
                default: return null;
            }
        }
        return input is null || output is null ? null : new Options(input, output, features);
    }

    /// <summary>The first text of each distinct id, in first-seen order; records with an empty id are skipped.</summary>
    private static List<(string Id, string Text)> ReadTexts(string path)
    {
        if (!File.Exists(path)) throw new InputException($"the input file '{path}' does not exist.");
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            using var records = CsvRecords.Read(reader).GetEnumerator();
            if (!records.MoveNext()) throw new InputException($"'{path}' is empty; it needs a header row with the columns id and text.");
            var header = records.Current.Select(h => h.Trim()).ToList();
            var id = header.FindIndex(h => h.Equals("id", StringComparison.OrdinalIgnoreCase));
            var text = header.FindIndex(h => h.Equals("text", StringComparison.OrdinalIgnoreCase));
            if (id < 0 || text < 0)
                throw new InputException($"'{path}' needs the columns id and text; its header has: {string.Join(", ", header)}.");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var texts = new List<(string, string)>();
            while (records.MoveNext())
            {
                var record = records.Current;
                var key = id < record.Count ? record[id].Trim() : "";
                if (key.Length > 0 && seen.Add(key)) texts.Add((key, text < record.Count ? record[text] : ""));
            }
            return texts;
        }
        catch (FormatException e) { throw new InputException($"'{path}' is not valid CSV: {e.Message}"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException($"cannot read '{path}': {e.Message}"); }
    }

    private static void WriteFeatures(string path, List<(string Id, string Text)> texts) =>
        Write(path, "id,goal," + string.Join(',', SdgDecision.FeatureNames), texts.SelectMany(t =>
            SdgClassifier.Default.Features(t.Text).Select(f => new[] { t.Id, f.Goal.ToString(CultureInfo.InvariantCulture) }
                .Concat(f.Features.Select(x => x.ToString("R", CultureInfo.InvariantCulture))).ToArray())));

    private static void Write(string path, string header, IEnumerable<string[]> rows)
    {
        try
        {
            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            CsvRecords.Write(writer, header.Split(','));
            foreach (var row in rows) CsvRecords.Write(writer, row);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException($"cannot write '{path}': {e.Message}"); }
    }
}
