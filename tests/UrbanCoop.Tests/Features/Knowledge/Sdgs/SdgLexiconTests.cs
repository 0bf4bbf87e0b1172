using UrbanCoop.Features.Knowledge.Sdgs;

namespace UrbanCoop.Tests.Features.Knowledge.Sdgs;

public sealed class SdgLexiconTests
{
    private static SdgLexicon Parse(string text) => SdgLexicon.Parse(new StringReader(text));

    private static List<(string Term, string Goals)> Matches(SdgLexicon lexicon, string text) =>
        lexicon.Match(SdgText.Tokenize(text))
            .Select(m => (m.Term, string.Join(' ', m.Weights.OrderBy(w => w.Key).Select(w => $"{w.Key}:{w.Value}")))).ToList();

    [Fact]
    public void Terms_match_whole_words_phrases_and_wildcard_endings()
    {
        var lexicon = Parse("## 7 Energy\n5 energy; renewable energy\n3 electrif*\n## 13 Climate\n4 renewable energy\n");
        Assert.Equal(
            [("renewable energy", "7:5 13:4"), ("electrif*", "7:3"), ("energy", "7:5")],
            Matches(lexicon, "Renewable-energy electrification; energetic energies"));
    }

    [Fact]
    public void Goal_zero_phrases_use_up_their_words_without_counting()
    {
        var lexicon = Parse("## 0 Blockers\n0 investment climate\n## 13 Climate\n5 climate\n");
        Assert.Equal([("investment climate", ""), ("climate", "13:5")], Matches(lexicon, "investment climate and climate"));
    }

    [Fact]
    public void Two_wildcards_covering_the_same_words_speak_for_both_goals()
    {
        var lexicon = Parse("## 2 Food\n4 fertiliser*\n## 12 Consumption\n2 fertilis*\n");
        var match = Assert.Single(lexicon.Match(SdgText.Tokenize("fertilisers")));
        Assert.Equal(4, match.Weights[2]);
        Assert.Equal(2, match.Weights[12]);
    }

    [Theory]
    [InlineData("5 orphan term\n", "line 1: terms must follow a goal header")]
    [InlineData("## 18 Too far\n", "line 1: a goal header needs a goal number from 0 to 17")]
    [InlineData("## 1 Poverty\nheavy poverty\n", "line 2: a term line starts with a weight")]
    [InlineData("## 1 Poverty\n3 po-*\n", "line 2: 'po-*' is not a word prefix")]
    public void A_malformed_lexicon_names_the_line(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => Parse(text));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_shipped_lexicon_titles_every_goal_and_lists_each_term_once_per_goal()
    {
        var lexicon = SdgLexicon.Default;
        Assert.InRange(lexicon.TermCount, 1500, 5000);
        for (var goal = 1; goal <= SdgLexicon.Goals; goal++) Assert.DoesNotContain("Goal", lexicon.Title(goal));

        var seen = new HashSet<(int, string)>();
        var goalNow = 0;
        var resource = typeof(SdgLexicon).Assembly.GetManifestResourceStream("UrbanCoop.Features.Knowledge.Sdgs.SdgLexicon.txt")!;
        using var reader = new StreamReader(resource);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) { goalNow = int.Parse(line.Split(' ')[1]); continue; }
            if (line.Length == 0 || line.StartsWith('#')) continue;
            foreach (var term in line.Split(' ', 2)[1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var key = string.Join(' ', term.Split(' ').SelectMany(w => w.EndsWith('*') ? [w] : SdgText.Tokenize(w).Select(t => t.Word)));
                Assert.True(seen.Add((goalNow, key)), $"goal {goalNow} lists '{term}' twice");
            }
        }
    }

    [Theory]
    [InlineData("Women's R&D co-operation", "women r&d co operation")]
    [InlineData("countries' fisheries policies", "country fishery policy")]
    [InlineData("AIDS crisis analysis buses", "aids crisis analysis buse")]
    public void Words_are_lower_cased_split_on_punctuation_and_stripped_of_plural_s(string text, string words)
    {
        Assert.Equal(words, string.Join(' ', SdgText.Tokenize(text).Select(t => t.Word)));
    }
}
