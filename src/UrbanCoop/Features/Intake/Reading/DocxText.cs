using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace UrbanCoop.Features.Intake.Reading;

/// <summary>Paragraphs become lines; table rows become tab-separated lines, as in the exported summaries.</summary>
public static class DocxText
{
    public static DocumentText Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var doc = WordprocessingDocument.Open(stream, false);
            var body = doc.MainDocumentPart?.Document?.Body;
            if (body is null) return DocumentText.Fail("not a Word document (no document body in the DOCX package)");
            var sb = new StringBuilder();
            foreach (var element in body.ChildElements) Append(element, sb);
            var text = sb.ToString();
            return string.IsNullOrWhiteSpace(text) ? DocumentText.Fail("the DOCX document holds no text") : new DocumentText(text, null, "DOCX");
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException
                                      or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            return DocumentText.Fail($"a damaged or truncated DOCX file ({e.Message})");
        }
    }

    private static void Append(OpenXmlElement element, StringBuilder sb)
    {
        switch (element)
        {
            case Paragraph p:
                sb.Append(ParagraphText(p)).Append('\n');
                break;
            case Table t:
                foreach (var row in t.Elements<TableRow>())
                {
                    var cells = row.Elements<TableCell>().Select(c => string.Join(" \u2029 ", c.Elements<Paragraph>().Select(ParagraphText)));
                    sb.Append(string.Join('\t', cells)).Append('\n');
                }
                break;
            default:
                foreach (var child in element.ChildElements) Append(child, sb);
                break;
        }
    }

    private static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var node in p.Descendants())
        {
            switch (node)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append(' '); break;
                case Break or CarriageReturn: sb.Append(" \u2029 "); break;
            }
        }
        return sb.ToString().Trim();
    }
}
