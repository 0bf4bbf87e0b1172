using System.Net;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Reports;

[Collection(nameof(AppCollection))]
public sealed class ChineseTests(Apps apps)
{
    private static HttpRequestMessage Get(string url, string? acceptLanguage = null, string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        return request;
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_Chinese_browser_gets_the_home_page_in_Chinese_with_Chinese_place_names_and_dates(Db db)
    {
        var response = await apps[db].Anonymous().SendAsync(Get("/", "zh-CN,zh;q=0.9,en;q=0.8"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"zh-Hans\">", html);
        Assert.Contains("项目概览", html);
        Assert.Contains("柳州", html);
        Assert.Contains("2020年7月17日", html);
        Assert.DoesNotContain("Latest activities", html);
    }

    [Fact]
    public async Task An_English_browser_gets_English_and_the_switch_to_Chinese()
    {
        var html = WebUtility.HtmlDecode(await (await apps[Db.Sqlite].Anonymous().SendAsync(Get("/", "en-GB,en;q=0.9"))).Content.ReadAsStringAsync());
        Assert.Contains("Latest activities", html);
        Assert.Contains("17 July 2020", html);
        Assert.Contains("href=\"/language?to=zh-Hans&back=%2F\"", html);
    }

    [Fact]
    public async Task The_switch_remembers_the_choice_in_a_cookie_over_Accept_Language()
    {
        var cookies = new CookieContainer();
        var http = apps[Db.Sqlite].Anonymous(cookies);
        var switched = await http.GetAsync("/language?to=zh-Hans&back=/places");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/places", switched.Headers.Location?.OriginalString);
        var html = WebUtility.HtmlDecode(await (await http.SendAsync(Get("/", "en"))).Content.ReadAsStringAsync());
        Assert.Contains("项目概览", html);
        await http.GetAsync("/language?to=en&back=/");
        Assert.Contains("Programme at a glance", await http.GetStringAsync("/"));
    }

    [Theory]
    [InlineData("/language?to=fr", HttpStatusCode.BadRequest)]
    [InlineData("/language?to=zh-Hans&back=https://elsewhere.example", HttpStatusCode.Redirect)]
    [InlineData("/language?to=zh-Hans&back=//elsewhere.example", HttpStatusCode.Redirect)]
    public async Task Unknown_languages_are_refused_and_the_switch_never_leaves_the_site(string url, HttpStatusCode status)
    {
        var response = await apps[Db.Sqlite].Anonymous().GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        if (status == HttpStatusCode.Redirect) Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Chinese_people_are_named_family_name_first_without_capitals_for_Chinese_readers()
    {
        var english = WebUtility.HtmlDecode(await apps[Db.Sqlite].Anonymous().GetStringAsync("/people?q=Wenneng"));
        var chinese = WebUtility.HtmlDecode(await (await apps[Db.Sqlite].Anonymous().SendAsync(Get("/people?q=Wenneng", "zh-CN"))).Content.ReadAsStringAsync());
        Assert.Contains("WU Wenneng", english);
        Assert.Contains("Wu Wenneng", chinese);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Record_texts_show_in_Chinese_where_written_and_in_English_with_a_visible_note_elsewhere(Db db)
    {
        var admin = apps[db].Http();
        var put = await admin.PutJsonAsync("/api/v1/activities/3/texts/title", new { language = "zh-Hans", text = "柳州代表团访问欧盟：布鲁塞尔和罗马首次会议" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Contains("柳州代表团", await admin.GetStringAsync("/api/v1/activities/3/texts"));

        async Task<string> PageAsync(string url, string language) =>
            WebUtility.HtmlDecode(await (await apps[db].Anonymous().SendAsync(Get(url, language))).Content.ReadAsStringAsync());
        Assert.Contains("<h1><span lang=\"zh-Hans\">柳州代表团访问欧盟：布鲁塞尔和罗马首次会议</span></h1>", await PageAsync("/activities/3", "zh-CN"));
        Assert.Contains("<h1><span lang=\"en\">Liuzhou delegation in the EU: first meeting in Brussels and Rome</span></h1>", await PageAsync("/activities/3", "en"));
        var untranslated = await PageAsync("/activities/4", "zh-CN");
        Assert.Contains("class=\"fallback\"", untranslated);
        Assert.Contains("英文", untranslated);
        Assert.Contains("柳州 – 巴塞罗那", await PageAsync("/partnerships/2", "zh-CN"));
    }

    [Theory]
    [InlineData("/api/v1/activities/3/texts/venue", "zh-Hans", HttpStatusCode.BadRequest, "has no translation")]
    [InlineData("/api/v1/activities/3/texts/title", "fr", HttpStatusCode.BadRequest, "Only zh-Hans")]
    [InlineData("/api/v1/activities/999999/texts/title", "zh-Hans", HttpStatusCode.NotFound, "no activities record 999999")]
    public async Task Bad_record_texts_are_refused_with_the_reason(string url, string language, HttpStatusCode status, string message)
    {
        var response = await apps[Db.Sqlite].Http().PutJsonAsync(url, new { language, text = "文本" });
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_accounts_that_may_change_the_record_may_change_its_texts()
    {
        var response = await apps[Db.Sqlite].Anonymous().PutJsonAsync("/api/v1/activities/3/texts/title", new { language = "zh-Hans", text = "文本" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
