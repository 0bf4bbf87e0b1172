using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using UrbanCoop.Infrastructure.Csv;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.OpenData;

/// <summary>One ZIP: a CSV and a JSON file per record kind and a README, written row by row as the rows are read.</summary>
public static class OpenDataZip
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() }, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes to <paramref name="output"/>, which may be a network stream that cannot seek.</summary>
    public static async Task WriteAsync(Stream output, AppDbContext db, Action<int>? rowsWritten, CancellationToken ct)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Utf8);
        await WriteTextAsync(zip, "README.md", OpenDataReadme.Text(DateTime.UtcNow));
        foreach (var kind in RecordKinds.All)
        {
            var columns = CsvColumns.For(kind.ItemType);
            // CSV and JSON from one read: the JSON goes to a temporary file while the CSV streams, then is copied in.
            var jsonPath = Path.GetTempFileName();
            try
            {
                await using (var jsonFile = File.Create(jsonPath))
                await using (var json = new Utf8JsonWriter(jsonFile, new JsonWriterOptions { Encoder = Json.Encoder, Indented = false }))
                {
                    var entry = zip.CreateEntry(kind.Name + ".csv", CompressionLevel.Fastest);
                    await using var csvStream = entry.Open();
                    await using var csv = new StreamWriter(csvStream, Utf8, 1 << 16);
                    CsvRecords.Write(csv, columns.Names);
                    json.WriteStartArray();
                    var rows = 0;
                    await foreach (var row in kind.RowsAsync(db, ct))
                    {
                        CsvRecords.Write(csv, columns.Texts(row));
                        JsonSerializer.Serialize(json, row, kind.ItemType, Json);
                        if (++rows % RecordKinds.PageSize == 0)
                        {
                            await json.FlushAsync(ct);
                            rowsWritten?.Invoke(RecordKinds.PageSize);
                        }
                    }
                    json.WriteEndArray();
                    rowsWritten?.Invoke(rows % RecordKinds.PageSize);
                }
                var jsonEntry = zip.CreateEntry(kind.Name + ".json", CompressionLevel.Fastest);
                await using var target = jsonEntry.Open();
                await using var source = File.OpenRead(jsonPath);
                await source.CopyToAsync(target, ct);
            }
            finally
            {
                File.Delete(jsonPath);
            }
        }
    }

    private static async Task WriteTextAsync(ZipArchive zip, string name, string text)
    {
        await using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        await stream.WriteAsync(Utf8.GetBytes(text));
    }
}
