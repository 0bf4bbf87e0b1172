using System.Globalization;

namespace UrbanCoop.Bench;

/// <summary>Command-line options of ./bench/run.</summary>
internal sealed record Options(double Scale, int Seed, int Duration, int Warmup, int Connections, int Threads, bool Hold = false)
{
    public const string Usage = """
        usage: ./bench/run [--scale S] [--seed N] [--duration SEC] [--warmup SEC] [--connections N] [--threads N]
          --scale S         data size relative to the foundation target (default 1: 5,000 places, 200,000 activities)
          --seed N          seed of the data generator (default 42)
          --duration SEC    length of each measured wrk run (default 10)
          --warmup SEC      unmeasured wrk run before each measured one (default 3)
          --connections N   wrk connections (default 64)
          --threads N       wrk threads (default 2)
          --hold            after loading, keep the app and the database up until Enter (to look at them by hand), then measure
        """;

    public static Options? Parse(string[] args)
    {
        var options = new Options(1, 42, 10, 3, 64, 2);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            Options? next = args[i] switch
            {
                "--scale" when double.TryParse(value, CultureInfo.InvariantCulture, out var s) && s > 0 => options with { Scale = s },
                "--seed" when int.TryParse(value, out var n) => options with { Seed = n },
                "--duration" when int.TryParse(value, out var n) && n > 0 => options with { Duration = n },
                "--warmup" when int.TryParse(value, out var n) && n >= 0 => options with { Warmup = n },
                "--connections" when int.TryParse(value, out var n) && n > 0 => options with { Connections = n },
                "--threads" when int.TryParse(value, out var n) && n > 0 => options with { Threads = n },
                "--hold" => options with { Hold = true },
                _ => null,
            };
            if (next is null)
            {
                if (args[i] is not ("--help" or "-h")) Console.Error.WriteLine($"bench: bad option '{args[i]}'{(value is null ? "" : $" '{value}'")}");
                Console.Error.WriteLine(Usage);
                return null;
            }
            options = next;
            if (args[i] != "--hold") i++;
        }
        return options;
    }
}
