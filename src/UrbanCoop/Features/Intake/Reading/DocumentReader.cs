namespace UrbanCoop.Features.Intake.Reading;

/// <summary>Turns a file into plain text (one block per line, table cells separated by tabs), or says why it cannot.</summary>
public static class DocumentReader
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    public static DocumentText Read(string path, long maxBytes = DefaultMaxBytes)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists) return DocumentText.Fail("file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return DocumentText.Fail($"cannot be read ({e.Message})");
        }
        if (info.Length == 0) return DocumentText.Fail("the file is empty");
        // refused before reading: the size is known from the directory entry
        if (info.Length > maxBytes) return DocumentText.Fail($"the file is {info.Length / 1024 / 1024} MB, above the {maxBytes / 1024 / 1024} MB limit");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DocumentText.Fail($"cannot be read ({e.Message})");
        }
        return Read(bytes, Path.GetExtension(path));
    }

    public static DocumentText Read(byte[] bytes, string extension)
    {
        if (bytes.Length == 0) return DocumentText.Fail("the file is empty");
        var ext = extension.ToLowerInvariant();
        if (StartsWith(bytes, "%PDF-")) return PdfText.Read(bytes);
        if (ext == ".pdf") return DocumentText.Fail("not a PDF file (it does not start with %PDF-)");
        if (StartsWith(bytes, "PK\u0003\u0004") || ext == ".docx") return DocxText.Read(bytes);
        var decoded = TextDecoding.Decode(bytes);
        if (decoded.Error is not null) return DocumentText.Fail(decoded.Error);
        var text = decoded.Text!;
        if (ext is ".html" or ".htm" || HtmlText.LooksLikeHtmlPage(text)) text = HtmlText.ToText(text);
        if (string.IsNullOrWhiteSpace(text)) return DocumentText.Fail("the file holds no text");
        return new DocumentText(text, null, decoded.EncodingName);
    }

    private static bool StartsWith(byte[] bytes, string magic) =>
        bytes.Length >= magic.Length && magic.Select((c, i) => bytes[i] == (byte)c).All(x => x);
}

public sealed record DocumentText(string? Text, string? Error, string? EncodingName = null)
{
    public static DocumentText Fail(string error) => new(null, error);
}
