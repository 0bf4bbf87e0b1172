using UrbanCoop.Features.Knowledge.Sdgs;

namespace UrbanCoop.Tests.Features.Knowledge.Sdgs;

public sealed class SdgClassifierTests
{
    private static readonly SdgClassifier Classifier = SdgClassifier.Default;

    [Theory]
    [InlineData(1, "Cash transfers and social protection lifted the poorest households out of extreme poverty.")]
    [InlineData(2, "Smallholder farmers face food insecurity and child malnutrition after the maize harvest failed.")]
    [InlineData(3, "Malaria and tuberculosis remain leading causes of death; vaccination and hospital care are scarce.")]
    [InlineData(4, "Teachers and pupils in primary schools need better textbooks, and fewer children should drop out of school.")]
    [InlineData(5, "Women and girls face domestic violence and child marriage, and gender gaps in pay persist.")]
    [InlineData(6, "Access to safe drinking water and sanitation remains poor; many households lack a toilet.")]
    [InlineData(7, "The country plans to expand solar and wind power and improve access to electricity in rural villages.")]
    [InlineData(8, "Youth unemployment rose during the recession and many workers lost their jobs.")]
    [InlineData(9, "Broadband internet, new railways and research and development support industrial innovation.")]
    [InlineData(10, "Income inequality widened: the Gini coefficient rose and migrants face discrimination.")]
    [InlineData(11, "The city will build affordable housing, upgrade slums and extend public transport to the suburbs.")]
    [InlineData(12, "Recycling, less food waste and a circular economy reduce the consumption of raw materials.")]
    [InlineData(13, "Greenhouse gas emissions drive climate change; adaptation plans help communities cope.")]
    [InlineData(14, "Overfishing and plastic pollution threaten coral reefs and marine life in the ocean.")]
    [InlineData(15, "Deforestation and poaching threaten biodiversity and endangered species in the forest.")]
    [InlineData(16, "Corruption and weak courts undermine the rule of law while violence and armed conflict persist.")]
    [InlineData(17, "Donors pledged official development assistance, debt relief and South-South cooperation.")]
    public void A_text_about_one_goal_is_given_that_goal_first(int goal, string text)
    {
        var suggestions = Classifier.Suggest(text);
        Assert.Equal(goal, suggestions[0].Goal);
        Assert.True(suggestions[0].Suggested);
        Assert.Contains(goal, Classifier.Goals(text));
    }

    [Fact]
    public void Suggestions_carry_the_goal_title_and_the_phrases_of_the_text_that_led_to_them()
    {
        var energy = Classifier.Suggest("Renewable energy and energy-efficient buildings cut electricity bills.")[0];
        Assert.Equal(7, energy.Goal);
        Assert.Equal("Affordable and clean energy", energy.Title);
        Assert.Contains("Renewable energy", energy.Evidence);
        Assert.Contains("energy-efficient", energy.Evidence);
        Assert.Contains("electricity", energy.Evidence);
        Assert.InRange(energy.Confidence, 0.5, 1);
    }

    [Fact]
    public void The_longest_term_wins_so_drinking_water_does_not_also_count_as_drinking()
    {
        var suggestions = Classifier.Suggest("Drinking water.");
        var water = Assert.Single(suggestions);
        Assert.Equal(6, water.Goal);
        Assert.Equal(["Drinking water"], water.Evidence);
    }

    [Fact]
    public void Blocking_phrases_keep_misleading_words_from_counting()
    {
        Assert.Empty(Classifier.Suggest("The investment climate improved, according to the working paper."));
        Assert.DoesNotContain(Classifier.Suggest("These trade-offs matter."), s => s.Goal == 17);
    }

    [Fact]
    public void Plurals_case_and_punctuation_do_not_change_the_reading()
    {
        var one = Classifier.Suggest("FISHERIES, coral-reefs and oceans!");
        var other = Classifier.Suggest("fishery coral reef ocean");
        Assert.Equal(one.Select(s => (s.Goal, s.Score)), other.Select(s => (s.Goal, s.Score)));
    }

    [Fact]
    public void A_text_without_evidence_gets_no_suggestion()
    {
        Assert.Empty(Classifier.Suggest(""));
        Assert.Empty(Classifier.Goals("The meeting will take place on Tuesday at ten."));
    }

    [Fact]
    public void Suggestions_are_ranked_by_confidence_and_the_same_every_time()
    {
        const string text = "Women farmers need credit, land rights and training to raise crop yields and incomes.";
        var first = Classifier.Suggest(text);
        Assert.Equal(first.OrderByDescending(s => s.Confidence).Select(s => s.Goal), first.Select(s => s.Goal));
        Assert.Equal(first, Classifier.Suggest(text), new SuggestionComparer());
    }

    [Fact]
    public void The_decision_weights_were_fitted_for_the_features_the_classifier_computes()
    {
        Assert.Equal(SdgDecision.FeatureNames, SdgDecisionWeights.FeatureNames);
        Assert.Equal(SdgDecision.FeatureNames.Length, SdgDecisionWeights.Weights.Length);
        Assert.InRange(SdgDecisionWeights.Threshold, 0.05, 0.95);
    }

    private sealed class SuggestionComparer : IEqualityComparer<SdgSuggestion>
    {
        public bool Equals(SdgSuggestion? x, SdgSuggestion? y) =>
            x is not null && y is not null && x.Goal == y.Goal && x.Confidence == y.Confidence && x.Evidence.SequenceEqual(y.Evidence);

        public int GetHashCode(SdgSuggestion obj) => obj.Goal;
    }
}
