using System.Net;
using System.Text.RegularExpressions;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Accounts;

[Collection(nameof(AppCollection))]
public sealed partial class PersonalDataTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Contact_details_reach_signed_in_members_only_and_only_with_consent(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var shared = (int)(await (await admin.PostJsonAsync("/api/v1/people", new
        {
            givenName = "Ada", familyName = Json.Unique("Shared"), email = "ada@example.org", phone = "+49 000 1111111", contactConsent = true,
        })).ReadJsonAsync())["id"]!;
        var privateOne = (int)(await (await admin.PostJsonAsync("/api/v1/people", new
        {
            givenName = "Bo", familyName = Json.Unique("Private"), email = "bo@example.org", contactConsent = false,
        })).ReadJsonAsync())["id"]!;
        var member = await app.SignedInAsync(UserRole.Member);

        foreach (var id in new[] { shared, privateOne })
        {
            Assert.DoesNotContain("@example.org", await app.Anonymous().GetStringAsync($"/people/{id}"));
            Assert.DoesNotContain("@example.org", await app.Anonymous().GetStringAsync($"/api/v1/people/{id}"));
        }
        Assert.Contains("ada@example.org", await member.GetStringAsync($"/people/{shared}"));
        Assert.Contains("ada@example.org", await member.GetStringAsync($"/api/v1/people/{shared}"));
        Assert.DoesNotContain("bo@example.org", await member.GetStringAsync($"/people/{privateOne}"));
        Assert.Contains("bo@example.org", await admin.GetStringAsync($"/people/{privateOne}"));
    }

    [Fact]
    public async Task No_anonymous_page_of_the_demo_programme_shows_an_email_address_or_phone_number()
    {
        var app = apps[Db.Sqlite];
        var anonymous = app.Anonymous();
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>();
        while (queue.Count > 0 && seen.Count < 400)
        {
            var path = queue.Dequeue();
            if (!seen.Add(path)) continue;
            var response = await anonymous.GetAsync(path);
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var html = await response.Content.ReadAsStringAsync();
            Assert.False(ContactPattern().IsMatch(html), $"contact details visible anonymously on {path}: {ContactPattern().Match(html).Value}");
            foreach (Match link in LinkPattern().Matches(html)) queue.Enqueue(link.Groups[1].Value);
        }
        Assert.True(seen.Count > 50, $"the crawl reached only {seen.Count} pages");
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}|\+[0-9]{2}[ 0-9-]{8,}")]
    private static partial Regex ContactPattern();

    [GeneratedRegex("href=\"(/(?!api|openapi|css)[^\"#?]*)\"")]
    private static partial Regex LinkPattern();
}
