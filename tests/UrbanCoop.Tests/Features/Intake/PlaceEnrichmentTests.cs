using UrbanCoop.Features.Intake;
using UrbanCoop.Features.Intake.Extraction;
using UrbanCoop.Features.Places;

namespace UrbanCoop.Tests.Features.Intake;

public sealed class PlaceEnrichmentTests
{
    [Fact]
    public void A_city_gets_its_chinese_name_coordinates_and_zone_when_missing()
    {
        var place = new Place { Name = "Liuzhou", Kind = PlaceKind.City, CountryCode = "CN" };
        Assert.True(PlaceEnrichment.Enrich(place, Gazetteer.Default));
        Assert.Equal(("柳州", "zh", "Asia/Shanghai"), (place.LocalName, place.LocalNameLanguage, place.TimeZone));
        Assert.InRange(place.Latitude!.Value, 24.0, 24.6);
        Assert.InRange(place.Longitude!.Value, 109.0, 109.7);
    }

    [Fact]
    public void A_district_is_found_by_its_name_without_district_and_values_present_are_kept()
    {
        var place = new Place { Name = "Nansha District", Kind = PlaceKind.District, CountryCode = "CN", TimeZone = "Asia/Hong_Kong" };
        Assert.True(PlaceEnrichment.Enrich(place, Gazetteer.Default));
        Assert.Equal("南沙区", place.LocalName);
        Assert.Equal("Asia/Hong_Kong", place.TimeZone);
    }

    [Fact]
    public void A_place_of_another_country_is_left_alone()
    {
        var place = new Place { Name = "Liuzhou", Kind = PlaceKind.City, CountryCode = "DE" };
        Assert.False(PlaceEnrichment.Enrich(place, Gazetteer.Default));
        Assert.Null(place.LocalName);
    }
}
