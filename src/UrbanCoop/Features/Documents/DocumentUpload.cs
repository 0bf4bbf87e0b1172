using System.Net.Http.Headers;

namespace UrbanCoop.Features.Documents;

/// <summary>A file uploaded with a document: its bytes and what the browser said about it.</summary>
public sealed record DocumentUpload(string FileName, string ContentType, byte[] Content)
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const string TooLargeMessage = "The file is larger than 20 MB. Upload a smaller file, or give its web address as the source.";

    public static async Task<DocumentUpload> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return new(CleanFileName(file.FileName), CleanContentType(file.ContentType), buffer.ToArray());
    }

    // Some browsers send the whole client path; keep the name only.
    private static string CleanFileName(string? name)
    {
        var last = (name ?? "").Split('/', '\\').Last().Trim();
        return last.Length == 0 ? "upload" : last[..Math.Min(last.Length, 255)];
    }

    private static string CleanContentType(string? type) =>
        MediaTypeHeaderValue.TryParse(type, out var parsed) && parsed.MediaType is { Length: <= 100 } media ? media : "application/octet-stream";
}
