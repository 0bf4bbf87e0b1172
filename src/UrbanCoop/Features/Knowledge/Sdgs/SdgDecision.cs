namespace UrbanCoop.Features.Knowledge.Sdgs;

/// <summary>
/// The learned layer: a logistic regression over a few features of one goal's lexicon evidence, whose
/// weights and threshold scripts/tune-sdg fits on the tuning half of the SDG benchmark.
/// </summary>
internal static class SdgDecision
{
    public static readonly string[] FeatureNames = ["bias", "log_score", "share_of_top", "is_top", "log_terms", "log_core_terms"];

    public static double[] Features(SdgReading reading, int goal)
    {
        var score = reading.Score(goal);
        return
        [
            1,
            Math.Log(1 + score),
            reading.TopScore > 0 ? score / reading.TopScore : 0,
            score > 0 && score >= reading.TopScore ? 1 : 0,
            Math.Log(1 + reading.Terms(goal)),
            Math.Log(1 + reading.CoreTerms(goal)),
        ];
    }

    public static double Confidence(double[] features)
    {
        var z = 0.0;
        for (var i = 0; i < features.Length; i++) z += SdgDecisionWeights.Weights[i] * features[i];
        return 1 / (1 + Math.Exp(-z));
    }

    public static bool Suggests(double confidence) => confidence >= SdgDecisionWeights.Threshold;
}
