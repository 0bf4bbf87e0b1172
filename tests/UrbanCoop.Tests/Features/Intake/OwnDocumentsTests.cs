using UrbanCoop.Features.Intake;
using UrbanCoop.Features.Intake.Extraction;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Intake;

/// <summary>
/// Documents written for these tests in the genres of the seeds (a news post, an action-plan summary), with other
/// cities, people and wording, to check that the methods carry over beyond the seeds.
/// </summary>
public sealed class OwnDocumentsTests
{
    private static ExtractedDocument Extract(string name) =>
        ExtractCommand.ExtractFile(Path.Combine(Repository.Root, "tests", "UrbanCoop.Tests", "Features", "Intake", "Documents", name));

    [Fact]
    public void A_news_post_about_a_visit()
    {
        var doc = Extract("news-valencia-qingdao.txt");
        Assert.Equal("news", doc.Kind);
        Assert.Equal("Valencia and Qingdao Launch Joint Work on Port Logistics and Circular Economy", doc.Title);
        Assert.Equal("ES", doc.Places!.Single(p => p.Name == "Valencia").Country);
        Assert.Contains(doc.Places!, p => p.Name == "Qingdao West Coast New Area" && p.Kind == "district" && p.Country == "CN");
        Assert.Equal(["Carmen Ortega", "Haitao Liu"], doc.People!.Select(p => p.Name));
        Assert.Equal("Qingdao Municipal Bureau of Commerce", doc.People![1].Organisation);
        Assert.Contains(doc.Organisations!, o => o.Name == "Polytechnic University of Valencia" && o.Kind == "education");
        var visit = doc.Events!.Single(e => e.Kind == "study-visit");
        Assert.Equal(("2021-09-22", 12), (visit.Start, visit.Participants));
        Assert.Contains(doc.Events!, e => e is { Kind: "online-meeting", Start: "2021-06-30", Online: true });
        Assert.Contains(doc.Events!, e => e is { Kind: "round-table", Start: "2021-09-23", Participants: 40 });
        Assert.Equal("2016", Assert.Single(doc.Partnerships!).Since);
        Assert.Equal(2, Assert.Single(doc.Agreements!).Count);
        Assert.Contains("circular-economy", doc.Themes!);
        Assert.DoesNotContain("business-internationalisation", doc.Themes!);
        Assert.Empty(doc.Warnings!);
    }

    [Fact]
    public void An_action_plan_summary_table_with_html_in_its_cells()
    {
        var doc = Extract("plan-summary-lisbon-wuhan.txt");
        Assert.Equal("action-plan-summary", doc.Kind);
        var wuhan = doc.Places!.Single(p => p.Name == "Wuhan");
        Assert.Equal((11_200_000L, 8_569.0), (wuhan.Population!.Value, wuhan.AreaKm2!.Value));
        Assert.Equal(["Wuhan", "Lisbon", "Porto"], Assert.Single(doc.Partnerships!).Places);
        Assert.Equal("2018-03", doc.Partnerships![0].Since);
        Assert.Equal(["Lina Zhou", "João Silva", "Ana Costa"], doc.People!.Select(p => p.Name));
        Assert.Equal([9, 11], doc.Sdgs!);
        Assert.Equal(["sustainable-land-use", "urban-mobility"], doc.UrbanAgendaPartnerships!);
        Assert.Contains(doc.Events!, e => e is { Kind: "workshop", Start: "2018-05", Participants: 60 });
        Assert.Contains(doc.Events!, e => e is { Kind: "online-meeting", Start: "2019-02", Online: true });
        Assert.DoesNotContain("housing", doc.Themes!);
    }
}
