using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace UrbanCoop.Features.Intake.Reading;

/// <summary>Text of every page in reading order (PdfPig); encrypted and damaged files get a clear cause.</summary>
public static class PdfText
{
    public static DocumentText Read(byte[] bytes)
    {
        if (!HasEndOfFile(bytes)) return DocumentText.Fail("a truncated PDF file (no %%EOF marker at its end)");
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var sb = new StringBuilder();
            foreach (Page page in pdf.GetPages())
                sb.Append(ContentOrderTextExtractor.GetText(page)).Append('\n');
            var text = sb.ToString();
            return string.IsNullOrWhiteSpace(text)
                ? DocumentText.Fail("the PDF holds no extractable text (scanned pages need OCR first)")
                : new DocumentText(text, null, "PDF");
        }
        catch (PdfDocumentEncryptedException)
        {
            return DocumentText.Fail("a password-protected PDF: remove the password and try again");
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException
                                      or IndexOutOfRangeException or NullReferenceException or FormatException or IOException)
        {
            return DocumentText.Fail($"a damaged PDF file ({e.Message})");
        }
    }

    private static bool HasEndOfFile(byte[] bytes)
    {
        var tail = Encoding.ASCII.GetString(bytes, Math.Max(0, bytes.Length - 1024), Math.Min(1024, bytes.Length));
        return tail.Contains("%%EOF", StringComparison.Ordinal);
    }
}
