using System.Text.Json.Nodes;
using UrbanCoop.Tests.Infrastructure;
using Xunit.Abstractions;

namespace UrbanCoop.Tests.Features.Knowledge.Search;

/// <summary>
/// Relevance over the demo programme: each query names the record a user would expect first. The score is the mean
/// reciprocal rank of that record in the first page (0 when it is not there); below 0.8 the test fails. Runs on a fresh
/// demo app per provider so other tests' records do not move the ranks.
/// </summary>
[Collection(nameof(AppCollection))]
public sealed class SearchRelevanceTests(ITestOutputHelper output)
{
    public sealed record Expected(string Query, string Kind, string Title);

    public static readonly IReadOnlyList<Expected> Queries =
    [
        new("hydrogen buses", "article", "Hydrogen buses in Liuzhou: lessons for the refuelling network"),
        new("superblock", "article", "Superblocks: how Barcelona gives streets back to people"),
        new("柳州", "place", "Liuzhou"),
        new("Gándara", "person", "Pablo Gándara"),
        new("MoU 2019 health", "article", "Health MoU 2019: Guangzhou Development District and Granada"),
        new("Liuzhou", "place", "Liuzhou"),
        new("Liuzhuo", "place", "Liuzhou"),
        new("Gandara", "person", "Pablo Gándara"),
        new("Barcelona", "place", "Barcelona"),
        new("广州", "place", "Guangzhou"),
        new("Guangzhou", "place", "Guangzhou"),
        new("hydrogen vehicles", "pilot-project", "Infrastructure for hydrogen vehicles in Liuzhou"),
        new("Bari twinning", "agreement", "Twinning Bari – Guangzhou"),
        new("Smart Cities Mission", "activity", "EU Smart Cities Mission to China"),
        new("Tsinghua energy internet", "organisation", "Chengdu Energy Internet Institute of Tsinghua University"),
        new("Sapienza", "organisation", "Sapienza University of Rome"),
        new("vocational training", "article", "Vocational training exchange between Liuzhou and Stuttgart Region"),
        new("industrial design Bologna", "pilot-project", "Virtual Industry Design Lab Guangzhou – Bologna"),
        new("health care cluster", "pilot-project", "China-Europe health care cluster in Guangzhou Development District"),
        new("COVID-19", "activity", "Fifth meeting (online): COVID-19 response and pilot projects"),
        new("Stuttgart Region", "place", "Stuttgart Region"),
        new("IURC", "programme", "International Urban and Regional Cooperation"),
        new("International Urban Cooperation", "programme", "International Urban Cooperation"),
        new("Liudong", "place", "Liudong New District"),
        new("Michael Ilk", "person", "Michael Ilk"),
        new("Wu Wenneng", "person", "WU Wenneng"),
        new("action plan Guangzhou", "action-plan", "Urban Cooperation Action Plan Guangzhou – Barcelona, Bologna, Granada, Stuttgart, Rome"),
        new("joint declaration Liuzhou", "agreement", "Joint declaration Liuzhou – Barcelona, Granada, Rome, Stuttgart Region, Mannheim"),
        new("Chengdu", "place", "Chengdu"),
        new("DG REGIO", "organisation", "European Commission DG REGIO"),
        new("Nansha", "place", "Nansha District"),
        new("健康城市", "article", "健康城市合作：广州与格拉纳达签署谅解备忘录"),
        new("Binjiang Smart Valley", "place", "Binjiang Smart Valley"),
        new("LiuGong", "organisation", "LiuGong Group"),
        new("Granada", "place", "Granada"),
        new("twinning", "agreement", "Twinning Bari – Guangzhou"),
        new("Barcelona superblocks", "article", "Superblocks: how Barcelona gives streets back to people"),
        new("Mannhiem", "place", "Mannheim"),
        new("Stollar", "person", "Bettina Stollar"),
    ];

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Mean_reciprocal_rank_over_the_demo_queries_is_at_least_0_8(Db db)
    {
        await using var app = TestApp.Start(db);
        var http = app.Anonymous();
        var reciprocal = new List<double>();
        foreach (var expected in Queries)
        {
            var results = await (await http.GetAsync("/api/v1/search?pageSize=10&q=" + Uri.EscapeDataString(expected.Query))).ReadJsonAsync();
            var items = results["items"]!.AsArray();
            var rank = items.Select((item, i) => (item, i)).FirstOrDefault(x => Is(x.item!, expected), (null, -1)).Item2 + 1;
            reciprocal.Add(rank == 0 ? 0 : 1.0 / rank);
            if (rank != 1) output.WriteLine($"{db} '{expected.Query}': expected {expected.Kind} '{expected.Title}' at {(rank == 0 ? "none" : rank.ToString())}");
        }
        var mrr = reciprocal.Average();
        output.WriteLine($"{db}: MRR {mrr:F3} over {Queries.Count} queries, {reciprocal.Count(r => r == 1)} first");
        Assert.True(Queries.Count >= 30);
        Assert.True(mrr >= 0.8, $"MRR {mrr:F3} is below 0.8");
    }

    private static bool Is(JsonNode item, Expected expected) =>
        (string?)item["kind"] == expected.Kind && (string?)item["title"] == expected.Title;
}
