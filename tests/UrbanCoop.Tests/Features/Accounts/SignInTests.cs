using System.Net;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Accounts;

[Collection(nameof(AppCollection))]
public sealed class SignInTests(Apps apps)
{
    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_get_the_same_answer()
    {
        var app = apps[Db.Sqlite];
        var email = await app.CreateUserAsync(UserRole.Member);
        var wrong = await SignInAsync(app.Anonymous(), email, "not-the-password");
        var unknown = await SignInAsync(app.Anonymous(), $"nobody-{Guid.NewGuid():N}@test.invalid", "whatever-password");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("The email or password is not right.", await wrong.Content.ReadAsStringAsync());
        Assert.Contains("The email or password is not right.", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var app = apps[Db.Sqlite];
        var email = await app.CreateUserAsync(UserRole.Member);
        for (var i = 0; i < 5; i++) await SignInAsync(app.Anonymous(), email, "wrong-password-" + i);
        var right = await SignInAsync(app.Anonymous(), email, TestApp.Password);
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);

        var fresh = await app.CreateUserAsync(UserRole.Member);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(app.Anonymous(), fresh, TestApp.Password)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var app = apps[Db.Sqlite];
        var client = await app.SignedInAsync(UserRole.Member);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        var signOut = await client.SubmitAsync("/account", new Dictionary<string, string>(), "/account?handler=SignOut");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_address()
    {
        await using var app = TestApp.Start(Db.Sqlite, demo: false, signInLimit: 3);
        var email = await app.CreateUserAsync(UserRole.Member);
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(app.Anonymous(), email, "wrong-password")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(app.Anonymous(), email, TestApp.Password)).StatusCode);
    }
}
