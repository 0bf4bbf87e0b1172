using UrbanCoop.Features.Knowledge.Search;

namespace UrbanCoop.Tests.Features.Knowledge.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Gándara", "gandara")]
    [InlineData("BUSES", "bus")]
    [InlineData("bus", "bus")]
    [InlineData("cities", "city")]
    [InlineData("superblocks", "superblock")]
    [InlineData("MoUs", "mou")]
    [InlineData("campus", "campus")]
    [InlineData("status", "status")]
    [InlineData("2019", "2019")]
    [InlineData("Straße", "strass")]
    public void Folds_case_accents_and_plural_endings(string word, string term) => Assert.Equal(term, SearchText.Fold(word));

    [Fact]
    public void Splits_Chinese_runs_into_character_pairs_and_the_last_character()
    {
        Assert.Equal("liuzhou 柳州 州市 市 gandara", SearchText.Terms("Liuzhou（柳州市）, Gándara"));
        Assert.Equal("柳", SearchText.Terms("柳"));
    }

    [Fact]
    public void A_two_character_query_is_one_pair_and_a_single_character_a_prefix()
    {
        Assert.Equal([new QueryTerm("柳州", false)], SearchQuery.Parse("柳州"));
        Assert.Equal([new QueryTerm("柳", true)], SearchQuery.Parse("柳"));
        Assert.Equal(["广西", "西柳", "柳州"], SearchQuery.Parse("广西柳州").Select(t => t.Text));
    }

    [Theory]
    [InlineData("a-b", new[] { "a", "b" })]
    [InlineData("\"hydrogen\" NOT (bus*)", new[] { "hydrogen", "not", "bus" })]
    [InlineData("'; DROP TABLE x; --", new[] { "drop", "tabl", "x" })]
    [InlineData("\"", new string[0])]
    [InlineData("*", new string[0])]
    public void Query_syntax_only_separates_words(string query, string[] terms) =>
        Assert.Equal(terms, SearchQuery.Parse(query).Select(t => t.Text));

    [Fact]
    public void Trigram_similarity_is_the_one_pg_trgm_computes()
    {
        // PostgreSQL: SELECT similarity('Liuzhou', 'Liuzhuo') → 0.454545
        Assert.Equal(0.4545, Trigrams.Similarity("Liuzhou", "Liuzhuo"), 4);
        Assert.Equal(1.0, Trigrams.Similarity("bari", "BARI"));
        Assert.Equal(0.0, Trigrams.Similarity("abc", "xyz"));
    }

    [Fact]
    public void Snippets_encode_the_text_and_mark_only_matching_words()
    {
        var terms = SearchQuery.Parse("superblock 柳州");
        var html = Snippets.Highlight("<script>x</script> Superblocks & 广西柳州", terms);
        Assert.Equal("&lt;script&gt;x&lt;/script&gt; <mark>Superblocks</mark> &amp; 广西<mark>柳州</mark>", html);
    }

    [Fact]
    public void A_long_text_is_cut_around_its_matches()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 100)) + " the hydrogen bus depot " + string.Join(' ', Enumerable.Repeat("tail", 100));
        var snippet = Snippets.Cut(text, SearchQuery.Parse("hydrogen"));
        Assert.Contains("<mark>hydrogen</mark>", snippet);
        Assert.StartsWith("… ", snippet);
        Assert.EndsWith(" …", snippet);
        Assert.InRange(snippet.Length, 100, Snippets.Length + 80);
    }
}
