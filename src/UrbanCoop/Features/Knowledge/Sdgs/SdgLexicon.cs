using System.Globalization;

namespace UrbanCoop.Features.Knowledge.Sdgs;

/// <summary>A lexicon term found in a text: the goals it speaks for, with weights, and the words it covers.</summary>
internal readonly record struct SdgTermMatch(string Term, IReadOnlyDictionary<int, double> Weights, int FirstToken, int EndToken);

/// <summary>
/// The weighted terms of SdgLexicon.txt (its header explains the format) in a word trie, so that a text
/// is read once, left to right, taking the longest term at each word.
/// </summary>
internal sealed class SdgLexicon
{
    public const int Goals = 17;
    private const string ResourceName = "UrbanCoop.Features.Knowledge.Sdgs.SdgLexicon.txt";

    private readonly Node _root = new();
    private readonly Dictionary<int, string> _titles = [];

    private SdgLexicon() { }

    public static SdgLexicon Default { get; } = LoadDefault();

    public int TermCount { get; private set; }

    public string Title(int goal) => _titles.GetValueOrDefault(goal, $"Goal {goal}");

    public static SdgLexicon Parse(TextReader reader)
    {
        var lexicon = new SdgLexicon();
        int? goal = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || (line.StartsWith('#') && !line.StartsWith("##", StringComparison.Ordinal))) continue;
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var parts = line[3..].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var number) || number is < 0 or > Goals)
                    throw Invalid(lineNumber, "a goal header needs a goal number from 0 to 17");
                goal = number;
                if (parts.Length > 1) lexicon._titles[number] = parts[1].Trim();
                continue;
            }
            if (goal is null) throw Invalid(lineNumber, "terms must follow a goal header");
            var split = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            if (split.Length < 2 || !double.TryParse(split[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight < 0)
                throw Invalid(lineNumber, "a term line starts with a weight");
            foreach (var term in split[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                lexicon.Add(term, goal.Value, weight, lineNumber);
        }
        return lexicon;
    }

    /// <summary>The terms found in the words, longest first at each place; each word belongs to at most one match.</summary>
    public List<SdgTermMatch> Match(IReadOnlyList<SdgToken> tokens)
    {
        var matches = new List<SdgTermMatch>();
        var found = new List<Entry>();
        var pending = new Stack<(Node Node, int Next)>();
        for (var i = 0; i < tokens.Count;)
        {
            found.Clear();
            var longest = 0;
            pending.Push((_root, i));
            while (pending.TryPop(out var at))
            {
                if (at.Node.Entry is { } entry && at.Next > i)
                {
                    if (at.Next - i > longest) { longest = at.Next - i; found.Clear(); }
                    if (at.Next - i == longest) found.Add(entry);
                }
                if (at.Next < tokens.Count) at.Node.PushChildren(tokens[at.Next].Word, at.Next + 1, pending);
            }
            if (longest == 0) { i++; continue; }
            matches.Add(found.Count == 1 ? new(found[0].Term, found[0].Weights, i, i + longest) : Merge(found, i, i + longest));
            i += longest;
        }
        return matches;
    }

    // Two terms can cover the same words only through wildcards ("fertilis*" and "fertiliser*"): the words speak for both.
    private static SdgTermMatch Merge(List<Entry> entries, int first, int end)
    {
        var weights = new Dictionary<int, double>();
        foreach (var entry in entries)
            foreach (var (goal, weight) in entry.Weights)
                weights[goal] = Math.Max(weight, weights.GetValueOrDefault(goal));
        var term = entries.Select(e => e.Term).Min(StringComparer.Ordinal)!;
        return new(term, weights, first, end);
    }

    private void Add(string term, int goal, double weight, int lineNumber)
    {
        var node = _root;
        foreach (var part in term.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.EndsWith('*'))
            {
                var prefix = part[..^1].ToLowerInvariant();
                if (prefix.Length == 0 || !prefix.All(char.IsLetterOrDigit)) throw Invalid(lineNumber, $"'{part}' is not a word prefix");
                node = node.Child(node.Prefixes, prefix);
                continue;
            }
            foreach (var token in SdgText.Tokenize(part)) node = node.Child(node.Words, token.Word);
        }
        if (node == _root) throw Invalid(lineNumber, $"'{term}' has no words");
        if (node.Entry is null) { node.Entry = new Entry(term); TermCount++; }
        // Goal 0 terms only use up their words; a weight of zero for a goal would make it look matched.
        if (goal > 0 && weight > 0) node.Entry.Weights[goal] = Math.Max(weight, node.Entry.Weights.GetValueOrDefault(goal));
    }

    private static SdgLexicon LoadDefault()
    {
        using var stream = typeof(SdgLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    private static FormatException Invalid(int line, string message) => new($"SDG lexicon line {line}: {message}.");

    private sealed class Entry(string term)
    {
        public string Term { get; } = term;
        public Dictionary<int, double> Weights { get; } = [];
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Words { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Node> Prefixes { get; } = new(StringComparer.Ordinal);
        public Entry? Entry { get; set; }

        public Node Child(Dictionary<string, Node> children, string key)
        {
            if (!children.TryGetValue(key, out var child)) children[key] = child = new Node();
            return child;
        }

        public void PushChildren(string word, int next, Stack<(Node, int)> pending)
        {
            if (Words.TryGetValue(word, out var exact)) pending.Push((exact, next));
            if (Prefixes.Count == 0) return;
            var prefixes = Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var length = 1; length <= word.Length; length++)
                if (prefixes.TryGetValue(word.AsSpan(0, length), out var child)) pending.Push((child, next));
        }
    }
}
