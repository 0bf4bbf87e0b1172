using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using UrbanCoop.Infrastructure.Csv;

namespace UrbanCoop.Infrastructure.Xlsx;

/// <summary>
/// A forward-only XLSX (SpreadsheetML) writer: each sheet goes straight into the ZIP as its rows come, so a workbook
/// of any size is written in constant memory, to any stream (a network stream need not seek). Numbers and dates
/// are typed cells; the header row is bold and frozen.
/// </summary>
public sealed class XlsxWriter : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const int HeaderStyle = 1, DateStyle = 2, DateTimeStyle = 3;
    private static readonly DateTime Epoch = new(1899, 12, 30);

    private readonly ZipArchive zip;
    private readonly List<string> sheets = [];
    private Stream? sheetStream;
    private XmlWriter? sheet;

    public XlsxWriter(Stream output) => zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);

    /// <summary>Starts a sheet (names are cut to Excel's 31 characters) with its header row.</summary>
    public void BeginSheet(string name, IEnumerable<string> headers)
    {
        EndSheet();
        sheets.Add(name.Length > 31 ? name[..31] : name);
        sheetStream = zip.CreateEntry($"xl/worksheets/sheet{sheets.Count}.xml", CompressionLevel.Fastest).Open();
        sheet = XmlWriter.Create(sheetStream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        sheet.WriteStartDocument();
        sheet.WriteStartElement("worksheet", Main);
        sheet.WriteStartElement("sheetViews", Main);
        sheet.WriteStartElement("sheetView", Main);
        sheet.WriteAttributeString("workbookViewId", "0");
        sheet.WriteStartElement("pane", Main);
        sheet.WriteAttributeString("ySplit", "1");
        sheet.WriteAttributeString("topLeftCell", "A2");
        sheet.WriteAttributeString("activePane", "bottomLeft");
        sheet.WriteAttributeString("state", "frozen");
        sheet.WriteEndElement();
        sheet.WriteEndElement();
        sheet.WriteEndElement();
        sheet.WriteStartElement("sheetData", Main);
        WriteRow(headers.Cast<object?>(), HeaderStyle);
    }

    public void Row(IEnumerable<object?> values) => WriteRow(values, 0);

    private void WriteRow(IEnumerable<object?> values, int textStyle)
    {
        var xml = sheet ?? throw new InvalidOperationException("Begin a sheet before writing rows.");
        xml.WriteStartElement("row", Main);
        foreach (var value in values)
        {
            xml.WriteStartElement("c", Main);
            switch (value)
            {
                case null:
                    break;
                case int or long or double or decimal or float:
                    Number(xml, CsvColumns.Text(value), 0);
                    break;
                case bool b:
                    xml.WriteAttributeString("t", "b");
                    xml.WriteElementString("v", Main, b ? "1" : "0");
                    break;
                case DateOnly d:
                    Number(xml, (d.ToDateTime(TimeOnly.MinValue) - Epoch).TotalDays.ToString(CultureInfo.InvariantCulture), DateStyle);
                    break;
                case DateTime t:
                    Number(xml, (t - Epoch).TotalDays.ToString("R", CultureInfo.InvariantCulture), DateTimeStyle);
                    break;
                default:
                    if (textStyle != 0) xml.WriteAttributeString("s", textStyle.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("t", "inlineStr");
                    xml.WriteStartElement("is", Main);
                    xml.WriteStartElement("t", Main);
                    xml.WriteAttributeString("xml", "space", null, "preserve");
                    xml.WriteString(XmlSafe(CsvColumns.Text(value)));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                    break;
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Number(XmlWriter xml, string value, int style)
    {
        if (style != 0) xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("v", Main, value);
    }

    /// <summary>Control characters other than tab and line breaks cannot appear in XML at all.</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')) ? new string([.. text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r')]) : text;

    private void EndSheet()
    {
        if (sheet is null) return;
        sheet.WriteEndElement();
        sheet.WriteEndElement();
        sheet.WriteEndDocument();
        sheet.Dispose();
        sheetStream!.Dispose();
        (sheet, sheetStream) = (null, null);
    }

    public void Dispose()
    {
        EndSheet();
        XlsxParts.Write(zip, sheets);
        zip.Dispose();
    }
}
