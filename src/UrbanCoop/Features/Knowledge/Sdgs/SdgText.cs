namespace UrbanCoop.Features.Knowledge.Sdgs;

/// <summary>One word of a text: its normalised form and where it stands in the original.</summary>
internal readonly record struct SdgToken(string Word, int Start, int End);

/// <summary>Splits English text into lower-cased words with a final plural "s" removed.</summary>
internal static class SdgText
{
    // Words whose final "s" is not a plural; stripping it would make "AIDS" read as "aid".
    private static readonly HashSet<string> KeepFinalS = ["aids", "news", "series", "bias", "canvas", "plus", "thus", "this", "lens", "gas"];

    public static List<SdgToken> Tokenize(string text)
    {
        var tokens = new List<SdgToken>(text.Length / 5);
        var word = new System.Text.StringBuilder();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsWordChar(text, i))
            {
                if (word.Length == 0) start = i;
                word.Append(char.ToLowerInvariant(text[i]));
                continue;
            }
            if (word.Length == 0) continue;
            // The "s" of a possessive ("women's") is a word of its own after splitting on the apostrophe.
            if (!(word.Length == 1 && word[0] == 's')) tokens.Add(new SdgToken(Stem(word.ToString()), start, i));
            word.Clear();
        }
        return tokens;
    }

    /// <summary>The plural-stripping rules of Harman's "S" stemmer, for words longer than three letters.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || KeepFinalS.Contains(word)) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal) && !word.EndsWith("eies", StringComparison.Ordinal) && !word.EndsWith("aies", StringComparison.Ordinal))
            return word[..^3] + "y";
        if (word.EndsWith("es", StringComparison.Ordinal) && !word.EndsWith("aes", StringComparison.Ordinal) && !word.EndsWith("ees", StringComparison.Ordinal) && !word.EndsWith("oes", StringComparison.Ordinal))
            return word[..^1];
        if (word.EndsWith('s') && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
            return word[..^1];
        return word;
    }

    // "R&D" stays one word; every other non-alphanumeric character separates words.
    private static bool IsWordChar(string text, int i) =>
        char.IsLetterOrDigit(text[i])
        || (text[i] == '&' && i > 0 && i < text.Length - 1 && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]));
}
