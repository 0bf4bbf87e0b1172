using UrbanCoop.Infrastructure.Cli;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Accounts;

[Collection(nameof(AppCollection))]
public sealed class UsersCommandTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var (stdout, stderr, stdin) = (Console.Out, Console.Error, Console.In);
        var (output, error) = (new StringWriter(), new StringWriter());
        Console.SetOut(output);
        Console.SetError(error);
        Console.SetIn(new StringReader(""));
        try { return (await Commands.RunAsync(args), output.ToString(), error.ToString()); }
        finally { Console.SetOut(stdout); Console.SetError(stderr); Console.SetIn(stdin); }
    }

    [Fact]
    public async Task The_first_admin_is_added_from_the_command_line_then_listed_and_disabled()
    {
        var database = $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("urbancoop-users").FullName, "users.db")}";
        var added = await RunAsync("users", "add", "--email", "chief@test.invalid", "--role", "admin", "--database", database);
        Assert.Equal(0, added.Code);
        Assert.Matches("Password \\(shown once\\): \\S{16,}", added.Out);

        var coordinatorWithoutPlace = await RunAsync("users", "add", "--email", "c@test.invalid", "--role", "coordinator", "--database", database);
        Assert.Equal(2, coordinatorWithoutPlace.Code);
        Assert.Contains("needs at least one --place", coordinatorWithoutPlace.Error);

        Assert.Contains("chief@test.invalid", (await RunAsync("users", "list", "--database", database)).Out);
        Assert.Equal(0, (await RunAsync("users", "disable", "--email", "chief@test.invalid", "--database", database)).Code);
        Assert.Contains("(disabled)", (await RunAsync("users", "list", "--database", database)).Out);
        var link = await RunAsync("users", "reset-link", "--email", "chief@test.invalid", "--database", database);
        Assert.Contains("/account/reset-password?email=chief%40test.invalid&token=", link.Out);
    }
}
