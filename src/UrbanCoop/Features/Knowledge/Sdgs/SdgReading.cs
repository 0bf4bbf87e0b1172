namespace UrbanCoop.Features.Knowledge.Sdgs;

/// <summary>What the lexicon found in one text, goal by goal: weighted scores and the phrases behind them.</summary>
internal sealed class SdgReading
{
    /// <summary>Terms of this weight name a goal's own subject ("extreme poverty", "renewable energy").</summary>
    public const double CoreWeight = 5;
    private const int EvidenceLimit = 8;

    private readonly double[] _scores = new double[SdgLexicon.Goals];
    private readonly int[] _terms = new int[SdgLexicon.Goals];
    private readonly int[] _coreTerms = new int[SdgLexicon.Goals];
    private readonly List<(string Phrase, double Weight)>[] _evidence =
        Enumerable.Range(0, SdgLexicon.Goals).Select(_ => new List<(string, double)>()).ToArray();

    public SdgReading(SdgLexicon lexicon, string text)
    {
        var tokens = SdgText.Tokenize(text);
        // A term said again adds less each time: 1 + ln(count) of its weight.
        foreach (var term in lexicon.Match(tokens).GroupBy(m => m.Term, StringComparer.Ordinal))
        {
            var first = term.First();
            var repeat = 1 + Math.Log(term.Count());
            var phrase = Phrase(text, tokens, first);
            foreach (var (goal, weight) in first.Weights)
            {
                _scores[goal - 1] += weight * repeat;
                _terms[goal - 1]++;
                if (weight >= CoreWeight) _coreTerms[goal - 1]++;
                _evidence[goal - 1].Add((phrase, weight * repeat));
            }
        }
        TopScore = _scores.Max();
    }

    public double TopScore { get; }

    public double Score(int goal) => _scores[goal - 1];

    /// <summary>How many different terms spoke for the goal.</summary>
    public int Terms(int goal) => _terms[goal - 1];

    public int CoreTerms(int goal) => _coreTerms[goal - 1];

    /// <summary>The phrases of the text that spoke for the goal, strongest first.</summary>
    public IReadOnlyList<string> Evidence(int goal) => _evidence[goal - 1]
        .OrderByDescending(e => e.Weight).Select(e => e.Phrase)
        .Distinct(StringComparer.OrdinalIgnoreCase).Take(EvidenceLimit).ToList();

    private static string Phrase(string text, List<SdgToken> tokens, SdgTermMatch match)
    {
        var start = tokens[match.FirstToken].Start;
        var words = text[start..tokens[match.EndToken - 1].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }
}
