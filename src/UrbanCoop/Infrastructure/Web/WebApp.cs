using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;
using UrbanCoop.Features;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Features.Languages;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Infrastructure.Web;

/// <summary>The composition root: services, middleware and the route table, in reading order.</summary>
public static class WebApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args)
    {
        // The content root is the build output (wwwroot is copied there), so the app runs from any working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args, ApplicationName = typeof(WebApp).Assembly.GetName().Name, ContentRootPath = AppContext.BaseDirectory,
        });
        if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
            builder.WebHost.UseUrls(DefaultUrl);

        // Long search queries (10,000 characters) get a clear 400 from the search API, not Kestrel's bare 414 at 8 KB.
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestLineSize = 64 * 1024);

        var target = DatabaseTarget.From(
            builder.Configuration["database"] ?? builder.Configuration[DatabaseTarget.EnvironmentVariable],
            builder.Configuration["URBANCOOP_DATA_DIR"] ?? Path.Combine(Directory.GetCurrentDirectory(), "data"));
        builder.Services.AddSingleton(target);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddDbContextPool<AppDbContext>(target.Configure);
        builder.Services.AddHostedService<DatabaseStartup>();

        builder.Services.AddProblemDetails();
        // Unreadable request bodies reach the error page, which names the field (BadRequestBodies).
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddOpenApi();
        builder.Services.AddLocalization();
        // Write Chinese and accented names as characters, not numeric entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddAccounts(builder.Configuration);
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.ConfigureFilter(new PageWriteFilter());
        });
        builder.Services.Configure<RouteOptions>(o => o.LowercaseUrls = true);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseUiLanguages();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        app.MapStaticAssets();
        app.UseAuthentication();
        app.UseBearerTokenRefusal();
        app.UseAuthorization();
        app.UseDraftVisibility();
        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapScalarApiReference("/api");
        app.MapFeatureApis();
        app.MapLanguageSwitch();
        if (app.Configuration[Bench.CeilingEndpoint.Flag] is "1") Bench.CeilingEndpoint.Map(app);
        app.MapRazorPages();
        return app;
    }
}
