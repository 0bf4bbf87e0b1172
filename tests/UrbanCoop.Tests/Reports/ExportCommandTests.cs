using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Reports;

[Collection(nameof(AppCollection))]
public sealed class ExportCommandTests(Apps apps)
{
    private static Task<(int Code, string Out, string Error)> RunAsync(params string[] args) =>
        UrbanCoop.Tests.Infrastructure.Cli.CommandsTests.RunAsync(args);

    [Theory, InlineData(Db.Sqlite, "zip"), InlineData(Db.Postgres, "xlsx")]
    public async Task Export_writes_the_open_data_with_a_progress_bar_on_stderr(Db db, string format)
    {
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.{format}");
        try
        {
            var (code, output, error) = await RunAsync("export", "--format", format, "--out", file, "--database", apps[db].ConnectionString,
                "--Logging:LogLevel:Default=None");
            Assert.Equal(0, code);
            Assert.Contains("100%", error);
            Assert.Contains("[##############################]", error);
            Assert.Contains($"to {file}", output);
            if (format == "zip")
            {
                using var zip = ZipFile.OpenRead(file);
                Assert.Contains(zip.Entries, e => e.FullName == "activities.csv");
            }
            else
            {
                using var workbook = SpreadsheetDocument.Open(file, false);
                Assert.Equal(11, workbook.WorkbookPart!.WorksheetParts.Count());
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("unknown format 'pdf'", "export", "--format", "pdf", "--out", "x.pdf")]
    [InlineData("say where to write with --out FILE", "export", "--format", "zip")]
    [InlineData("does not exist", "export", "--format", "zip", "--out", "/no/such/folder/x.zip")]
    public async Task Bad_arguments_exit_2_with_the_reason(string message, params string[] args)
    {
        var (code, _, error) = await RunAsync(args);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }
}
