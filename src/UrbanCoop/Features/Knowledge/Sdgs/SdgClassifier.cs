namespace UrbanCoop.Features.Knowledge.Sdgs;

/// <summary>A goal suggested for a text, with the confidence of the decision layer and the phrases that led to it.</summary>
internal sealed record SdgSuggestion(int Goal, string Title, double Confidence, double Score, bool Suggested, IReadOnlyList<string> Evidence);

/// <summary>Suggests Sustainable Development Goals for an English text, offline and deterministically.</summary>
internal sealed class SdgClassifier(SdgLexicon lexicon)
{
    public static SdgClassifier Default { get; } = new(SdgLexicon.Default);

    /// <summary>Every goal the text gives evidence for, most likely first; <c>Suggested</c> marks those above the threshold.</summary>
    public IReadOnlyList<SdgSuggestion> Suggest(string text)
    {
        var reading = new SdgReading(lexicon, text);
        return Enumerable.Range(1, SdgLexicon.Goals)
            .Where(goal => reading.Score(goal) > 0)
            .Select(goal =>
            {
                var confidence = SdgDecision.Confidence(SdgDecision.Features(reading, goal));
                return new SdgSuggestion(goal, lexicon.Title(goal), confidence, reading.Score(goal), SdgDecision.Suggests(confidence), reading.Evidence(goal));
            })
            .OrderByDescending(s => s.Confidence).ThenBy(s => s.Goal)
            .ToList();
    }

    /// <summary>The suggested goal numbers, ascending.</summary>
    public IReadOnlyList<int> Goals(string text) =>
        Suggest(text).Where(s => s.Suggested).Select(s => s.Goal).Order().ToList();

    /// <summary>The decision features of every goal, for scripts/tune-sdg.</summary>
    public IEnumerable<(int Goal, double[] Features)> Features(string text)
    {
        var reading = new SdgReading(lexicon, text);
        return Enumerable.Range(1, SdgLexicon.Goals).Select(goal => (goal, SdgDecision.Features(reading, goal)));
    }
}
