using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace UrbanCoop.Features.ActionPlans.Summary;

/// <summary>The summary as an editable Word document: a title and one real table, the form cities already fill in.</summary>
public static class SummaryDocx
{
    public static byte[] Write(GetPlanSummary.PlanSummary summary, Func<string, string> label, string partnerHeading, string euHeading)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var table = new Table(new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
                new TableGrid(new GridColumn { Width = "2600" }, new GridColumn { Width = "3400" }, new GridColumn { Width = "3400" }));
            table.Append(new TableRow(Cell("", true), Cell(partnerHeading, true), Cell(euHeading, true)));
            foreach (var row in summary.Rows)
            {
                table.Append(row.Eu is null
                    ? new TableRow(Cell(label(row.Label), true), Cell(row.Partner, false, span: 2))
                    : new TableRow(Cell(label(row.Label), true), Cell(row.Partner, false), Cell(row.Eu, false)));
            }
            main.Document = new Document(new Body(
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), Text(summary.Title, bold: true, size: 32)),
                new Paragraph(Text(summary.Partnership, bold: false, size: 22)),
                table,
                new SectionProperties(new PageMargin { Top = 1000, Bottom = 1000, Left = 1000, Right = 1000 })));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>One paragraph per line of the text; an empty value stays an empty cell.</summary>
    private static TableCell Cell(string text, bool bold, int span = 1)
    {
        var properties = new TableCellProperties();
        if (span > 1) properties.Append(new GridSpan { Val = span });
        var cell = new TableCell(properties);
        var lines = text.Split('\n');
        foreach (var line in lines) cell.Append(new Paragraph(Text(line, bold, 20)));
        return cell;
    }

    private static Run Text(string text, bool bold, int size)
    {
        var properties = new RunProperties(new RunFonts { EastAsia = "Noto Sans CJK SC" }, new FontSize { Val = size.ToString() },
            new DocumentFormat.OpenXml.Wordprocessing.Languages { EastAsia = "zh-CN" });
        if (bold) properties.PrependChild(new Bold());
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
