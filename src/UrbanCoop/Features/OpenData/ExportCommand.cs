using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Cli;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.OpenData;

/// <summary><c>urbancoop export --format zip|xlsx --out FILE</c>: the open data to a file, with a progress bar on stderr.</summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? format = null, output = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--format" && i + 1 < args.Length) format = args[++i];
            else if (args[i] == "--out" && i + 1 < args.Length) output = args[++i];
            else rest.Add(args[i]);
        }
        if (format is not ("zip" or "xlsx"))
        {
            Console.Error.WriteLine(format is null ? "error: say --format zip or --format xlsx." : $"error: unknown format '{format}'; use zip or xlsx.");
            return 2;
        }
        if (string.IsNullOrWhiteSpace(output))
        {
            Console.Error.WriteLine("error: say where to write with --out FILE.");
            return 2;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null && !Directory.Exists(folder))
        {
            Console.Error.WriteLine($"error: the folder {folder} does not exist.");
            return 2;
        }

        await using var app = WebApp.Build([.. rest]);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseStartup.MigrateAsync(db, CancellationToken.None);
        var total = 0;
        foreach (var kind in RecordKinds.All) total += await kind.CountAsync(db, CancellationToken.None);
        var bar = new ProgressBar(Console.Error, total);
        var partial = output + ".partial";
        await using (var file = File.Create(partial))
        {
            if (format == "zip") await OpenDataZip.WriteAsync(file, db, bar.Advance, CancellationToken.None);
            else await OpenDataWorkbook.WriteAsync(file, db, bar.Advance, CancellationToken.None);
        }
        File.Move(partial, output, overwrite: true);
        bar.Finish();
        Console.Out.WriteLine($"Wrote {total} records to {output}.");
        return 0;
    }
}
