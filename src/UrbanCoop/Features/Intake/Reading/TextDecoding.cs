using System.Text;

namespace UrbanCoop.Features.Intake.Reading;

/// <summary>
/// Decodes text files that carry no declaration: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 or
/// Windows-1252/Latin-1, told apart by how the non-ASCII bytes cluster (see <see cref="LooksLikeGb18030"/>).
/// </summary>
public static class TextDecoding
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public sealed record Decoded(string? Text, string? EncodingName, string? Error);

    public static Decoded Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return Checked(Encoding.Unicode.GetString(bytes).TrimStart('\uFEFF'), "UTF-16");
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (LooksBinary(bytes)) return new(null, null, "binary content, not a text, HTML, DOCX or PDF document");
        try
        {
            return Checked(StrictUtf8.GetString(bytes, start, bytes.Length - start), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
        }
        if (LooksLikeGb18030(bytes))
        {
            try
            {
                return Checked(Gb18030.Value.GetString(bytes), "GB18030");
            }
            catch (DecoderFallbackException)
            {
            }
        }
        return Checked(Windows1252.Value.GetString(bytes), "Windows-1252");
    }

    private static Decoded Checked(string text, string encoding) =>
        string.IsNullOrWhiteSpace(text) ? new(null, encoding, "the file holds no text") : new(text, encoding, null);

    /// <summary>NUL bytes or many control characters mean the file is not text in any of the single-byte or GB encodings.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (9 or 10 or 13 or 12)) control++;
        }
        return control > sample.Length / 20;
    }

    /// <summary>
    /// In GB18030 text, high bytes come in pairs (or fours) and form runs; in Latin-1 text they are mostly lone
    /// accented letters inside ASCII words. Odd-length or mostly single-byte runs therefore mean Latin-1.
    /// </summary>
    internal static bool LooksLikeGb18030(byte[] bytes)
    {
        int runs = 0, single = 0, odd = 0, run = 0;
        foreach (var b in bytes.Append((byte)0))
        {
            if (b >= 0x80)
            {
                run++;
                continue;
            }
            if (run > 0)
            {
                runs++;
                if (run == 1) single++;
                if (run % 2 == 1) odd++;
            }
            run = 0;
        }
        return runs > 0 && single * 2 < runs && odd * 5 < runs;
    }
}
