using System.Net;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Shared;

[Collection(nameof(AppCollection))]
public sealed class ListPagesTests(Apps apps)
{
    public static TheoryData<string> Lists =>
    [
        "/programmes", "/places", "/partnerships", "/clusters", "/action-plans", "/pilot-projects",
        "/activities", "/organisations", "/people", "/agreements", "/documents",
    ];

    [Theory, MemberData(nameof(Lists))]
    public async Task The_page_number_in_the_address_picks_the_page(string list)
    {
        var http = apps[Db.Sqlite].Http();
        var first = WebUtility.HtmlDecode(await http.GetStringAsync($"{list}?pageSize=1"));
        var second = WebUtility.HtmlDecode(await http.GetStringAsync($"{list}?pageSize=1&page=2"));
        Assert.Contains("Page 1 of", first);
        Assert.Contains("Page 2 of", second);
        Assert.Contains("rel=\"prev\"", second);
    }
}
