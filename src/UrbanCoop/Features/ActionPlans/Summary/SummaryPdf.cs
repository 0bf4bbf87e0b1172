using System.Diagnostics;

namespace UrbanCoop.Features.ActionPlans.Summary;

/// <summary>
/// The summary page printed to PDF by headless Chromium (Debian's /usr/bin/chromium, the engine the browser tests
/// use), so the PDF is the page and its print stylesheet, Chinese included (fonts-noto-cjk).
/// </summary>
public static class SummaryPdf
{
    public const string Chromium = "/usr/bin/chromium";

    public static async Task<byte[]> PrintAsync(string pageUrl, string language, CancellationToken ct)
    {
        if (!File.Exists(Chromium)) throw new InvalidOperationException($"{Chromium} is missing: install the Debian package chromium (scripts/install-deps).");
        var folder = Directory.CreateTempSubdirectory("urbancoop-pdf-");
        try
        {
            var output = Path.Combine(folder.FullName, "summary.pdf");
            var start = new ProcessStartInfo(Chromium)
            {
                RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
                ArgumentList =
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                    "--disable-background-networking", "--no-pdf-header-footer", $"--lang={language}",
                    $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", $"--print-to-pdf={output}", pageUrl,
                },
            };
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardOutput.ReadToEndAsync(timeout.Token);
            try { await process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw; }
            if (!File.Exists(output)) throw new InvalidOperationException($"Chromium did not print the summary: {(await errors).Trim()}");
            return await File.ReadAllBytesAsync(output, ct);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
