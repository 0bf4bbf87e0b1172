using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Accounts;

[Collection(nameof(AppCollection))]
public sealed class SecurityHeadersTests(Apps apps)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/places")]
    [InlineData("/api/v1/places")]
    [InlineData("/no/such/page")]
    public async Task Every_response_carries_a_strict_policy_and_no_sniffing(string path)
    {
        var response = await apps[Db.Sqlite].Anonymous().GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Pages_have_no_inline_scripts()
    {
        var html = await apps[Db.Sqlite].Anonymous().GetStringAsync("/");
        Assert.DoesNotMatch("<script(?![^>]*src=)[^>]*>", html);
        Assert.DoesNotContain(" onclick=", html);
    }
}
