using System.Data.Common;
using System.Net.Sockets;

namespace UrbanCoop.Infrastructure.Database;

/// <summary>Turns a failure to reach or migrate the database into one line that names the connection and the cause.</summary>
public static class DatabaseErrors
{
    public static bool IsDatabaseFailure(Exception e) => Chain(e).Any(x => x is DbException or SocketException or TimeoutException or ArgumentException
        || (x is InvalidOperationException && x.Message.Contains("migration", StringComparison.OrdinalIgnoreCase)));

    public static string Describe(Exception e, string[] args)
    {
        var target = Environment.GetEnvironmentVariable(DatabaseTarget.EnvironmentVariable);
        var flag = Array.IndexOf(args, "--database");
        if (flag >= 0 && flag + 1 < args.Length) target = args[flag + 1];
        string where;
        try { where = DatabaseTarget.From(target, "data").Describe(); }
        catch (ArgumentException) { where = target ?? "the default SQLite database"; }
        var cause = Chain(e).Last(x => !string.IsNullOrWhiteSpace(x.Message)).Message.ReplaceLineEndings(" ");
        return $"error: cannot open or migrate the database '{where}': {cause}";
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException) yield return x;
    }
}
