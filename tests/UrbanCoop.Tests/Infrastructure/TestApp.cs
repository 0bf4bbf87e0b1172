using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using UrbanCoop.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Tests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel port with its own database (a SQLite file or a PostgreSQL
/// database), migrated at start like production, with or without the demo programme.
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("urbancoop-test").FullName;

    public Db Db { get; }
    public string ConnectionString { get; }
    public bool Demo { get; }

    /// <summary>Sign-in attempts per minute; every test signs in from 127.0.0.1, so the shared apps allow many.</summary>
    public int SignInLimit { get; init; } = 10_000;

    private TestApp(Db db, bool demo, int signInLimit)
    {
        SignInLimit = signInLimit;
        Db = db;
        Demo = demo;
        ConnectionString = db == Db.Sqlite ? $"Data Source={Path.Combine(dataDirectory, "test.db")}" : PostgresServer.CreateDatabase();
        UseKestrel(0);
    }

    public static TestApp Start(Db db, bool demo = true, int signInLimit = 10_000)
    {
        var app = new TestApp(db, demo, signInLimit);
        app.StartServer();
        return app;
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    public const string Password = "Test-password-0123";
    /// <summary>A client signed in as a programme admin; it does not follow redirects, so tests see them.</summary>
    public HttpClient Http()
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add("Cookie", $"{AdminCookie.Name}={AdminCookie.Value}");
        return client;
    }

    /// <summary>A client with no sign-in, as the public sees the platform.</summary>
    public HttpClient Anonymous(CookieContainer? cookies = null) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies ?? new() }) { BaseAddress = BaseAddress };

    /// <summary>A new account with this role and scope, and a client signed in with it through the sign-in page.</summary>
    public async Task<HttpClient> SignedInAsync(UserRole role, int[]? places = null, int? organisation = null) =>
        await SignInAsync(await CreateUserAsync(role, places, organisation), new CookieContainer());

    private async Task<HttpClient> SignInAsync(string email, CookieContainer cookies)
    {
        var client = Anonymous(cookies);
        var response = await client.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in as {email} gave {response.StatusCode}");
        return client;
    }

    public async Task<string> CreateUserAsync(UserRole role, int[]? places = null, int? organisation = null)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@test.invalid";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var result = await users.CreateAsync(new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, Role = role, PlaceIds = [.. places ?? []], OrganisationId = organisation,
        }, Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        return email;
    }

    private Cookie? adminCookieValue;
    private Cookie AdminCookie => adminCookieValue ??= SignInAdminAsync().GetAwaiter().GetResult();

    private async Task<Cookie> SignInAdminAsync()
    {
        var cookies = new CookieContainer();
        await SignInAsync(await CreateUserAsync(UserRole.Admin), cookies);
        return cookies.GetCookies(BaseAddress).Single(c => c.Name == "urbancoop");
    }

    /// <summary>Direct database access for arranging and checking; the app under test is still reached over HTTP.</summary>
    public AsyncServiceScopeDb OpenDb()
    {
        var scope = Services.CreateAsyncScope();
        return new AsyncServiceScopeDb(scope, scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // As in production: the build output is the content root, with wwwroot copied into it.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting(DatabaseTarget.EnvironmentVariable, ConnectionString);
        builder.UseSetting("URBANCOOP_DATA_DIR", dataDirectory);
        builder.UseSetting("URBANCOOP_NO_DEMO", Demo ? "0" : "1");
        builder.UseSetting("URBANCOOP_SIGNIN_LIMIT", SignInLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseEnvironment("Testing");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, recursive: true); }
        catch (IOException) { }
    }
}

public sealed class AsyncServiceScopeDb(AsyncServiceScope scope, AppDbContext db) : IAsyncDisposable
{
    public AppDbContext Db => db;
    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
