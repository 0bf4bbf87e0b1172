using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Accounts;

[Collection(nameof(AppCollection))]
public sealed partial class ApiTokenTests(Apps apps)
{
    private static async Task<string> CreateTokenAsync(HttpClient signedIn, string scope, int days = 30)
    {
        var response = await signedIn.SubmitAsync("/account", new Dictionary<string, string>
        {
            ["TokenName"] = "script", ["TokenScope"] = scope, ["TokenDays"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "/account?handler=CreateToken");
        var html = await response.Content.ReadAsStringAsync();
        return TokenPattern().Match(html).Groups[1].Value;
    }

    private HttpClient Bearer(Db db, string token)
    {
        var client = apps[db].Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_read_write_token_changes_records_and_a_read_token_only_reads(Db db)
    {
        var admin = await apps[db].SignedInAsync(UserRole.Admin);
        var readWrite = Bearer(db, await CreateTokenAsync(admin, "ReadWrite"));
        var read = Bearer(db, await CreateTokenAsync(admin, "Read"));

        Assert.Equal(HttpStatusCode.Created, (await readWrite.PostJsonAsync("/api/v1/places", new { name = Json.Unique("By token"), countryCode = "FR" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await read.GetAsync("/api/v1/places")).StatusCode);
        var refused = await read.PostJsonAsync("/api/v1/places", new { name = Json.Unique("Read only"), countryCode = "FR" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Revoked_expired_and_unknown_tokens_get_401_problem_json_even_for_reads(Db db)
    {
        var admin = await apps[db].SignedInAsync(UserRole.Admin);
        var revoked = await CreateTokenAsync(admin, "ReadWrite");
        var expired = await CreateTokenAsync(admin, "ReadWrite");
        await using (var scope = apps[db].OpenDb())
        {
            var hash = ApiToken.HashOf(expired);
            await scope.Db.Set<ApiToken>().Where(t => t.Hash == hash).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1)));
        }
        var accountPage = await admin.GetStringAsync("/account");
        var row = Regex.Match(accountPage, $"<code>{Regex.Escape(revoked[..8])}…</code>.*?<form[^>]*action=\"([^\"]+)\"", RegexOptions.Singleline);
        var revokeUrl = System.Net.WebUtility.HtmlDecode(row.Groups[1].Value);
        Assert.Contains("RevokeToken", revokeUrl);
        await admin.SubmitAsync("/account", new Dictionary<string, string>(), revokeUrl);

        foreach (var (token, reason) in new[] { (revoked, "revoked"), (expired, "expired"), ("uc_nonsense", "not known") })
        {
            var response = await Bearer(db, token).GetAsync("/api/v1/places");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(reason, await response.Content.ReadAsStringAsync());
        }
    }

    [GeneratedRegex("<code id=\"new-token\">(uc_[A-Za-z0-9_-]+)</code>")]
    private static partial Regex TokenPattern();
}
