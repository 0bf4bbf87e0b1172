using UrbanCoop.Features.Matchmaking.Recommendations;

namespace UrbanCoop.Tests.Features.Matchmaking;

public sealed class PartnerScoringTests
{
    private static ProfileFacts Facts(int id, string country, string[] offers, string[] seeks, string? text = null) =>
        new(id, $"Org {id}", country, offers, seeks, [], [], text, null);

    [Fact]
    public void Similar_texts_score_by_tf_idf_cosine_and_name_their_shared_terms()
    {
        var self = Facts(1, "CN", [], [], "electric buses and charging stations for a public transport company");
        var close = Facts(2, "ES", [], [], "charging stations for electric buses in city transport");
        var far = Facts(3, "IT", [], [], "museum heritage tourism and cultural festivals");
        var ranked = PartnerScoring.Rank(self, [self, close, far], new Dictionary<int, int>(), 10);

        var only = Assert.Single(ranked);
        Assert.Equal(2, only.Candidate.OrganisationId);
        var reason = Assert.Single(only.Reasons);
        Assert.Equal(ReasonKind.SimilarText, reason.Kind);
        Assert.Contains("charging", reason.Items);
        Assert.Contains("station", reason.Items);
    }

    [Fact]
    public void Cosine_of_a_text_with_itself_is_one_and_with_a_disjoint_text_zero()
    {
        var similarity = new TextSimilarity(["solar panels on schools", "river cleaning boats"]);
        var a = similarity.Vector("solar panels on schools");
        Assert.Equal(1.0, TextSimilarity.Cosine(a, similarity.Vector("solar panels on schools")), 9);
        Assert.Equal(0.0, TextSimilarity.Cosine(a, similarity.Vector("river cleaning boats")), 9);
    }

    [Fact]
    public void An_offer_that_answers_a_need_outranks_a_shared_theme_and_ties_break_by_name()
    {
        var self = Facts(1, "CN", ["parks"], ["housing"]);
        var answers = Facts(2, "ES", ["housing"], []);
        var shares = Facts(3, "IT", ["parks"], []);
        var sharesToo = Facts(4, "FR", ["parks"], []);
        var ranked = PartnerScoring.Rank(self, [shares, sharesToo, answers], new Dictionary<int, int>(), 10);
        Assert.Equal([2, 3, 4], ranked.Select(r => r.Candidate.OrganisationId));
        Assert.Equal(3.0, ranked[0].Score);
        Assert.Equal(1.0, ranked[1].Score);
    }
}
