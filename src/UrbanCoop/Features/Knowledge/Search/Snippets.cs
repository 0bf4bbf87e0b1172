using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;

namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>
/// HTML for result titles and snippets: the text is encoded, and the words matching the query's terms
/// (folded the same way as the index) are wrapped in &lt;mark&gt;. Nothing else of the text becomes markup.
/// </summary>
public static class Snippets
{
    public const int Length = 240;

    // Encodes only what HTML needs (<, >, &, quotes), so Chinese and accented text stays readable in the JSON.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Highlight(string text, IReadOnlyList<QueryTerm> terms) => Html(text, Marks(text, terms), 0, text.Length);

    /// <summary>About <see cref="Length"/> characters of <paramref name="text"/> around its densest run of matches.</summary>
    public static string Cut(string text, IReadOnlyList<QueryTerm> terms)
    {
        var marks = Marks(text, terms);
        if (text.Length <= Length) return Html(text, marks, 0, text.Length);
        var centre = BestWindowStart(marks);
        var start = Math.Max(0, centre - Length / 4);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && centre - start < Length / 2) start--;
        var end = Math.Min(text.Length, start + Length);
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - start < Length + 40) end++;
        return (start > 0 ? "… " : "") + Html(text, marks, start, end) + (end < text.Length ? " …" : "");
    }

    private static int BestWindowStart(List<(int Start, int End)> marks)
    {
        if (marks.Count == 0) return 0;
        var best = marks[0].Start;
        var bestCount = 0;
        for (var i = 0; i < marks.Count; i++)
        {
            var count = marks.Skip(i).TakeWhile(m => m.Start - marks[i].Start < Length * 3 / 4).Select(m => m.Start).Count();
            if (count > bestCount) (best, bestCount) = (marks[i].Start, count);
        }
        return best;
    }

    private static List<(int Start, int End)> Marks(string text, IReadOnlyList<QueryTerm> terms)
    {
        var marks = new List<(int, int)>();
        if (terms.Count == 0) return marks;
        foreach (var word in SearchText.Words(text))
        {
            if (!word.Cjk)
            {
                var folded = SearchText.Fold(text.AsSpan(word.Start, word.Length));
                if (terms.Any(t => t.Prefix ? folded.StartsWith(t.Text, StringComparison.Ordinal) : folded == t.Text))
                    marks.Add((word.Start, word.Start + word.Length));
                continue;
            }
            var run = text.AsSpan(word.Start, word.Length);
            var hit = new bool[word.Length];
            foreach (var term in terms.Where(t => SearchText.IsCjk(t.Text[0])))
                for (var at = run.IndexOf(term.Text); at >= 0; at = NextIndex(run, term.Text, at))
                    for (var k = 0; k < term.Text.Length; k++) hit[at + k] = true;
            for (var k = 0; k < hit.Length; k++)
            {
                if (!hit[k]) continue;
                var from = k;
                while (k < hit.Length && hit[k]) k++;
                marks.Add((word.Start + from, word.Start + k));
            }
        }
        return marks;
    }

    private static int NextIndex(ReadOnlySpan<char> run, string term, int after)
    {
        var next = run[(after + 1)..].IndexOf(term);
        return next < 0 ? -1 : after + 1 + next;
    }

    private static string Html(string text, List<(int Start, int End)> marks, int from, int to)
    {
        var html = new StringBuilder();
        var at = from;
        foreach (var (start, end) in marks.Where(m => m.Start >= from && m.End <= to))
        {
            html.Append(Encoder.Encode(text[at..start])).Append("<mark>").Append(Encoder.Encode(text[start..end])).Append("</mark>");
            at = end;
        }
        return html.Append(Encoder.Encode(text[at..to])).ToString();
    }
}
