using UrbanCoop.Infrastructure.Csv;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Xlsx;

namespace UrbanCoop.Features.OpenData;

/// <summary>The open data as one XLSX workbook, a sheet per record kind, written as the rows are read.</summary>
public static class OpenDataWorkbook
{
    public static async Task WriteAsync(Stream output, AppDbContext db, Action<int>? rowsWritten, CancellationToken ct)
    {
        using var workbook = new XlsxWriter(output);
        foreach (var kind in RecordKinds.All)
        {
            var columns = CsvColumns.For(kind.ItemType);
            workbook.BeginSheet(kind.Name, columns.Names);
            var rows = 0;
            await foreach (var row in kind.RowsAsync(db, ct))
            {
                workbook.Row(columns.Values(row));
                if (++rows % RecordKinds.PageSize == 0) rowsWritten?.Invoke(RecordKinds.PageSize);
            }
            rowsWritten?.Invoke(rows % RecordKinds.PageSize);
        }
    }
}
