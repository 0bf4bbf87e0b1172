using System.Globalization;
using System.Text;

namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>
/// Turns text into the terms both providers index and search, so SQLite and PostgreSQL see the same
/// tokens: words are lower-cased, lose their accents ("Gándara" → gandara) and a plural ending
/// (buses → bus); runs of Chinese, Japanese or Korean characters become overlapping character pairs
/// plus the run's last character ("柳州市" → 柳州 州市 市), so a two-character query is one term and a
/// one-character query is a prefix of one.
/// </summary>
public static class SearchText
{
    public const int MaxTermLength = 40;

    /// <summary>A word of the original text: a run of letters and digits, or a run of CJK characters.</summary>
    public readonly record struct Word(int Start, int Length, bool Cjk);

    public static IEnumerable<Word> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsCjk(c))
            {
                var start = i;
                while (i < text.Length && IsCjk(text[i])) i++;
                yield return new Word(start, i - start, true);
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && !IsCjk(text[i]) && (char.IsLetterOrDigit(text[i]) || IsMark(text[i]))) i++;
                yield return new Word(start, i - start, false);
            }
            else i++;
        }
    }

    /// <summary>The space-separated terms of <paramref name="text"/>, as stored for the full-text index.</summary>
    public static string Terms(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var terms = new StringBuilder(text.Length + 16);
        foreach (var term in TermsOf(text))
        {
            if (terms.Length > 0) terms.Append(' ');
            terms.Append(term);
        }
        return terms.ToString();
    }

    public static IEnumerable<string> TermsOf(string text)
    {
        foreach (var word in Words(text))
        {
            if (word.Cjk)
            {
                for (var k = 0; k + 1 < word.Length; k++) yield return text.Substring(word.Start + k, 2);
                yield return text.Substring(word.Start + word.Length - 1, 1);
            }
            else
            {
                var term = Fold(text.AsSpan(word.Start, word.Length));
                if (term.Length > 0) yield return term;
            }
        }
    }

    /// <summary>Lower case, no accents, no plural ending; at most <see cref="MaxTermLength"/> characters.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word) if (c > 127) { ascii = false; break; }
        string folded;
        if (ascii) folded = word.ToString().ToLowerInvariant();
        else
        {
            var plain = new StringBuilder(word.Length);
            foreach (var c in word.ToString().Normalize(NormalizationForm.FormD))
            {
                if (IsMark(c)) continue;
                plain.Append(c switch { 'ø' or 'Ø' => 'o', 'ł' or 'Ł' => 'l', 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
            }
            folded = plain.Replace("ß", "ss").ToString().Normalize(NormalizationForm.FormC);
        }
        folded = Stem(folded);
        return folded.Length > MaxTermLength ? folded[..MaxTermLength] : folded;
    }

    // Strips English plural endings the same way at index and query time; a stem need not be a word
    // ("houses" and "house" both become hous), only the same for both forms.
    private static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsAsciiLetterLower(word[^1]) || word.Any(char.IsDigit)) return word;
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        // "campus", "status" keep their s; a short "MoUs" loses it.
        if (word[^1] == 's' && word[^2] is not ('s' or 'i') && !(word[^2] == 'u' && word.Length > 4)) word = word[..^1];
        if (word.Length > 3 && word[^1] == 'e') word = word[..^1];
        return word;
    }

    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF'
            or >= '\u3040' and <= '\u30FF' or >= '\uAC00' and <= '\uD7AF';

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
