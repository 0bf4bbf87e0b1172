using UrbanCoop.Features.Intake.Extraction;

namespace UrbanCoop.Tests.Features.Intake;

public sealed class NormalisationTests
{
    [Theory]
    [InlineData("15,3mio", 15_300_000)]
    [InlineData("4 million", 4_000_000)]
    [InlineData("18,600 km2", 18_600)]
    [InlineData("1,24km ²", 1.24)]
    [InlineData("2.5 million inhabitants", 2_500_000)]
    [InlineData("1.250.000", 1_250_000)]
    public void Figures_are_converted_to_numbers(string written, double expected) =>
        Assert.Equal(expected, Numbers.ParseQuantity(written)!.Value, 6);

    [Theory]
    [InlineData("from 09 – 15 June 2019", null, "2019-06-09", "2019-06-15")]
    [InlineData("On March 14th, 2023, the cities", null, "2023-03-14", null)]
    [InlineData("the meeting on 17 July", 2020, "2020-07-17", null)]
    [InlineData("Rome_Liuzhou_14-06-19", null, "2019-06-14", null)]
    [InlineData("20190621 Conference material", null, "2019-06-21", null)]
    [InlineData("signed in June 2019", null, "2019-06", null)]
    [InlineData("twinned since 1986", null, "1986", null)]
    [InlineData("held on 2021-10-05 in Bari", null, "2021-10-05", null)]
    public void Dates_are_read_at_the_precision_written(string text, int? contextYear, string start, string? end)
    {
        var date = Assert.Single(DateGrammar.Find(text, contextYear));
        Assert.Equal(start, date.Start);
        Assert.Equal(end, date.End);
    }

    [Fact]
    public void Two_months_with_one_year_give_two_dates()
    {
        var dates = DateGrammar.Find("visits in April and November 2019", null);
        Assert.Equal(["2019-04", "2019-11"], dates.Select(d => d.Start));
    }

    [Fact]
    public void A_date_without_year_takes_the_latest_year_of_the_document()
    {
        var doc = Extractor.Default.Extract("x.txt",
            "Rome and Bari held an online meeting\n\nThe action plan of March 2021 was discussed by 20 experts in an online meeting on 3 May, after the visit of 2019.\n");
        var meeting = Assert.Single(doc.Events!, e => e.Kind == "online-meeting");
        Assert.Equal("2021-05-03", meeting.Start);
        Assert.Equal(20, meeting.Participants);
    }

    [Fact]
    public void Relative_days_count_from_the_last_range()
    {
        var range = DateGrammar.Find("from 09 – 15 June 2019", null)[0];
        Assert.Equal("2019-06-10", DateGrammar.RelativeDay("On the second day, a forum was held", range)!.Start);
    }

    [Theory]
    [InlineData("over 100 participants", 100)]
    [InlineData("More than 15 experts from the cities", 15)]
    [InlineData("attended by 1,200 delegates", 1200)]
    public void Participants_are_the_stated_lower_bound(string text, int expected) =>
        Assert.Equal(expected, EventFinder.Participants(text));

    [Theory]
    [InlineData("WU Wenneng", "Wenneng Wu")]
    [InlineData("Wenneng Wu", "Wenneng Wu")]
    [InlineData("Dai Zijun", "Zijun Dai")]
    [InlineData("ZHANG Jincheng", "Jincheng Zhang")]
    [InlineData("Thomas Kiewitt", "Thomas Kiewitt")]
    public void Names_are_given_name_first(string written, string expected) =>
        Assert.Equal(expected, new PeopleFinder(Gazetteer.Default).NaturalOrder(written.Split(' ')));

    [Fact]
    public void One_person_written_with_and_without_accents_is_listed_once_with_the_accents()
    {
        var doc = Extractor.Default.Extract("x.txt",
            "Visit of the delegation\n\nMr. David Martinez met Ms Elena Rossi in Bologna on 3 May 2022.\n\nAgenda\n\nBarcelona_David Martínez\n\nBologna_Elena Rossi\n\nParis_Jean Dupont\n");
        Assert.Equal(["David Martínez", "Elena Rossi", "Jean Dupont"], doc.People!.Select(p => p.Name));
    }

    [Fact]
    public void Aliases_and_misspellings_resolve_to_one_place()
    {
        var doc = Extractor.Default.Extract("x.txt",
            "Regional news\n\nExperts of Stuttgart Regio and Guangzhou Development District (GDD) met. Later the Guangzhou DDG team visited Chongqing.\n\n"
            + "The Tianhe Smart Valley plan was shown; the Tianhhe Smart Valley team hosted the guests in Hangzhou.\n");
        var names = doc.Places!.Select(p => p.Name).ToList();
        Assert.Contains("Stuttgart Region", names);
        Assert.Single(names, n => n.Contains("Development District"));
        Assert.Single(names, n => n.EndsWith("Smart Valley", StringComparison.Ordinal));
        Assert.Equal("CN", doc.Places!.Single(p => p.Name == "Guangzhou Development District").Country);
    }

    [Fact]
    public void Place_names_that_are_english_words_count_only_on_their_own()
    {
        var doc = Extractor.Default.Extract("x.txt",
            "Smart Cities Mission to Europe\n\nReading the plan, the European Union team met in Nice with partners from Split and Bologna on 3 May 2022.\n");
        var names = doc.Places!.Select(p => p.Name).ToList();
        Assert.DoesNotContain("Mission", names);
        Assert.DoesNotContain("Union", names);
        Assert.DoesNotContain("Reading", names);
        Assert.Contains("Nice", names);
        Assert.Contains("Bologna", names);
    }

    [Fact]
    public void A_city_of_15_million_on_1_24_km2_is_reported_as_written_with_a_warning()
    {
        var doc = Extractor.Default.Extract("x.txt",
            "Action Plan Summary\n\nCity:\tGuangzhou\tBarcelona, Rome\nPopulation:\t15,3mio\tN/A\nSize (km²)\t1,24km ²\tN/A\nPeriod of cooperation\tMay 2017\t\n");
        Assert.Equal("action-plan-summary", doc.Kind);
        var city = doc.Places!.Single(p => p.Name == "Guangzhou");
        Assert.Equal(15_300_000, city.Population);
        Assert.Equal(1.24, city.AreaKm2);
        var warning = Assert.Single(doc.Warnings!);
        Assert.Equal("places[Guangzhou].areaKm2", warning.Field);
        Assert.Equal(["Guangzhou", "Barcelona", "Rome"], Assert.Single(doc.Partnerships!).Places);
    }

    [Fact]
    public void An_event_that_ends_before_it_starts_is_warned_about()
    {
        var warnings = Plausibility.Check([], [new ExtractedEvent("x", "forum", "2019-06-15", "2019-06-09", [], false, null)]);
        Assert.Equal("events[2019-06-15].end", Assert.Single(warnings).Field);
    }
}
