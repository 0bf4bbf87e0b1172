using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Accounts;

/// <summary>`urbancoop users add|list|disable|enable|reset-link`: accounts from the command line (the first admin, above all).</summary>
public static class UsersCommand
{
    public const string Usage = """
        usage: urbancoop users add --email EMAIL --role admin|coordinator|organisation-editor|member [--place ID]... [--organisation ID]
               urbancoop users list
               urbancoop users disable --email EMAIL | enable --email EMAIL
               urbancoop users reset-link --email EMAIL [--base-url http://127.0.0.1:5080]
        The password of a new account is asked for; when input is not a terminal (or left empty) one is generated and printed once.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h")
        {
            Console.Out.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var options = Options.Parse(args[1..]);
        await using var app = WebApp.Build(options.Rest);
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseStartup.MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return args[0] switch
        {
            "add" => await AddAsync(users, options),
            "list" => await ListAsync(users),
            "disable" => await SetDisabledAsync(users, options, disabled: true),
            "enable" => await SetDisabledAsync(users, options, disabled: false),
            "reset-link" => await ResetLinkAsync(users, options),
            _ => Fail($"unknown users command '{args[0]}'.\n{Usage}"),
        };
    }

    private static async Task<int> AddAsync(UserManager<AppUser> users, Options options)
    {
        if (options.Email is null) return Fail("--email is required.");
        if (!Enum.TryParse<UserRole>(options.Role?.Replace("-", ""), ignoreCase: true, out var role))
            return Fail($"--role must be admin, coordinator, organisation-editor or member (got '{options.Role}').");
        if (role == UserRole.Coordinator && options.Places.Count == 0) return Fail("a coordinator needs at least one --place ID.");
        if (role == UserRole.OrganisationEditor && options.Organisation is null) return Fail("an organisation editor needs --organisation ID.");

        var password = AskPassword(out var generated);
        var user = new AppUser
        {
            UserName = options.Email, Email = options.Email, EmailConfirmed = true, Role = role,
            PlaceIds = options.Places, OrganisationId = options.Organisation, CreatedAt = DateTime.UtcNow,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) return Fail(string.Join(" ", result.Errors.Select(e => e.Description)));
        Console.Out.WriteLine($"Added {options.Email} as {Display.Words(role)}.");
        if (generated) Console.Out.WriteLine($"Password (shown once): {password}");
        return 0;
    }

    private static async Task<int> ListAsync(UserManager<AppUser> users)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        if (all.Count == 0) Console.Out.WriteLine("No accounts yet: add one with `urbancoop users add --email … --role admin`.");
        foreach (var u in all)
        {
            var scope = u.PlaceIds.Count > 0 ? $" places {string.Join(",", u.PlaceIds)}" : u.OrganisationId is int o ? $" organisation {o}" : "";
            Console.Out.WriteLine($"{u.Email,-40} {Display.Words(u.Role),-20}{scope}{(u.Disabled ? "  (disabled)" : "")}");
        }
        return 0;
    }

    private static async Task<int> SetDisabledAsync(UserManager<AppUser> users, Options options, bool disabled)
    {
        if (await users.FindByEmailAsync(options.Email ?? "") is not { } user) return Fail($"no account with email '{options.Email}'.");
        user.Disabled = disabled;
        await users.UpdateAsync(user);
        // A new security stamp ends the account's open sessions at their next check.
        await users.UpdateSecurityStampAsync(user);
        Console.Out.WriteLine($"{(disabled ? "Disabled" : "Enabled")} {user.Email}.");
        return 0;
    }

    private static async Task<int> ResetLinkAsync(UserManager<AppUser> users, Options options)
    {
        if (await users.FindByEmailAsync(options.Email ?? "") is not { } user) return Fail($"no account with email '{options.Email}'.");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var baseUrl = (options.BaseUrl ?? WebApp.DefaultUrl).TrimEnd('/');
        Console.Out.WriteLine($"{baseUrl}/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&token={Uri.EscapeDataString(token)}");
        Console.Out.WriteLine("Hand this link to the account holder; it works once.");
        return 0;
    }

    private static string AskPassword(out bool generated)
    {
        generated = false;
        if (!Console.IsInputRedirected)
        {
            Console.Out.Write("Password (leave empty to generate one): ");
            var typed = ReadHidden();
            if (typed.Length > 0) return typed;
        }
        generated = true;
        return Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');
    }

    private static string ReadHidden()
    {
        var text = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && text.Length > 0) text.Length--;
            else if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
        }
        Console.Out.WriteLine();
        return text.ToString();
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return 2;
    }

    private sealed record Options(string? Email, string? Role, List<int> Places, int? Organisation, string? BaseUrl, string[] Rest)
    {
        public static Options Parse(string[] args)
        {
            string? email = null, role = null, baseUrl = null;
            int? organisation = null;
            var places = new List<int>();
            var rest = new List<string>();
            for (var i = 0; i < args.Length; i++)
            {
                var value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--email": email = value; i++; break;
                    case "--role": role = value; i++; break;
                    case "--place": places.Add(int.Parse(value ?? "", CultureInfo.InvariantCulture)); i++; break;
                    case "--organisation": organisation = int.Parse(value ?? "", CultureInfo.InvariantCulture); i++; break;
                    case "--base-url": baseUrl = value; i++; break;
                    default: rest.Add(args[i]); break;
                }
            }
            return new(email, role, places, organisation, baseUrl, [.. rest]);
        }
    }
}
