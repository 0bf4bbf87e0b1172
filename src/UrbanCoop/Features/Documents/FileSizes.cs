using System.Globalization;

namespace UrbanCoop.Features.Documents;

public static class FileSizes
{
    /// <summary>"840 bytes", "12.4 KB", "3.1 MB".</summary>
    public static string Text(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.# KB", CultureInfo.CurrentCulture),
        _ => (bytes / (1024.0 * 1024)).ToString("0.# MB", CultureInfo.CurrentCulture),
    };
}
