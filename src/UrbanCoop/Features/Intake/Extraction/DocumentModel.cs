using System.Text.RegularExpressions;
using UrbanCoop.Features.Intake.Reading;

namespace UrbanCoop.Features.Intake.Extraction;

/// <summary>A run of text that stands on its own: a prose line, a table cell, or a bullet (→, ○, •) inside one.</summary>
public sealed record TextItem(int Line, bool IsBullet, List<string> Sentences);

/// <summary>A tab-separated row: its label (first cell, without markup or colon) and value cells.</summary>
public sealed record TableRow(int Line, string Label, List<string> Values);

/// <summary>The document cut into what the finders read: title, table rows, items and sentences, list-like lines.</summary>
public sealed partial class DocumentModel
{
    public string Title { get; }
    public List<string> Lines { get; } = [];
    public List<TableRow> Rows { get; } = [];
    public List<TextItem> Items { get; } = [];
    /// <summary>Short lines that read as entries of a list (presentation files, participants), not prose.</summary>
    public List<string> ListLines { get; } = [];
    public string AllText { get; }

    public IReadOnlyList<string> Sentences { get; }

    public DocumentModel(string text)
    {
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = Whitespace().Replace(HtmlText.FlattenFragment(raw).Replace('\u00A0', ' '), " ").Trim(' ');
            if (line.Trim('\t', ' ', '\u2029').Length == 0 || IsDebris(line.Trim())) continue;
            Lines.Add(line.Trim('\t', ' '));
        }
        Title = Lines.Count == 0 ? "" : Clean(Lines[0].Split('\t')[0]);
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line.Contains('\t'))
            {
                var cells = line.Split('\t').Select(c => c.Trim()).ToList();
                var label = Clean(cells[0]).TrimEnd(':', ' ').Trim();
                Rows.Add(new TableRow(i, label, [.. cells.Skip(1).Select(Clean).Where(c => c.Length > 0)]));
                foreach (var cell in cells) AddItems(i, cell, isCell: true);
            }
            else AddItems(i, line, isCell: false);
        }
        MarkListLines();
        Sentences = [.. Items.SelectMany(i => i.Sentences)];
        AllText = string.Join("\n", Lines.Select(Clean));
    }

    private void AddItems(int line, string text, bool isCell)
    {
        var pieces = BulletBreak().Split(text).Select(Clean).Where(p => p.Length > 0).ToList();
        var bulleted = isCell || pieces.Count > 1;
        foreach (var piece in pieces)
            Items.Add(new TextItem(line, bulleted, [.. SentenceBreak().Split(piece).Select(s => s.Trim()).Where(s => s.Length > 0)]));
    }

    private void MarkListLines()
    {
        var shortLines = Lines.Select((l, i) => i > 0 && IsShortEntry(l)).ToArray();
        for (var i = 0; i < Lines.Count; i++)
        {
            if (!shortLines[i]) continue;
            var run = 1;
            for (var j = i - 1; j >= 0 && shortLines[j]; j--) run++;
            for (var j = i + 1; j < Lines.Count && shortLines[j]; j++) run++;
            if (run >= 3 || Lines[i].Contains('_')) ListLines.Add(Lines[i]);
        }
    }

    private static bool IsShortEntry(string line) =>
        !line.Contains('\t') && line.Length <= 90 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 10
        && !line.TrimEnd().EndsWith('.') && !line.Contains(". ");

    public static string Clean(string s) => Whitespace().Replace(s.Replace('\u2029', ' '), " ").Trim(' ', '\t', '-', '–', '→', '○', '•');

    public static bool IsDebris(string line) => Debris().IsMatch(line) || OnlyAddress().IsMatch(line);

    // page chrome of web sites and mail footers, in any document of these genres
    [GeneratedRegex(@"^(skip (links|to (main )?content|navigation)|(return|back) to (the )?top( of (the )?page)?|join the discussion|leave a (reply|comment)|share( this( (page|post|article))?)?( on \w+)?:?|print( this page)?|menu|search|main navigation|primary menu|categori[sz]ed as\b.*|tags?:.*|posted (on|in|by)\b.*|read more|continue reading|cookies?\b.*|accept( all)?( cookies)?|(for further (questions|information)\b.*|please )contact( us)?:?|all rights reserved.*|(©|copyright)\b.*|previous( post)?|next( post)?|related (posts|articles|news))$", RegexOptions.IgnoreCase)]
    private static partial Regex Debris();
    [GeneratedRegex(@"^\S+@\S+\.\w+$|^(https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyAddress();
    [GeneratedRegex(@"[ \u00A0]+")]
    private static partial Regex Whitespace();
    [GeneratedRegex(@"\u2029|\s*[→○•◦▪►]\s*")]
    private static partial Regex BulletBreak();
    [GeneratedRegex(@"(?<=[.!?;])(?<!\b(?:Mr|Ms|Mrs|Dr|Prof|St|No|Nr|incl|approx|vs|e\.g|i\.e)\.)\s+(?=[\p{Lu}\d“""(])")]
    private static partial Regex SentenceBreak();
}
