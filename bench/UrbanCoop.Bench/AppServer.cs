using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace UrbanCoop.Bench;

/// <summary>The app as users run it: the Release build, Production environment, on a free local port.</summary>
internal sealed class AppServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private AppServer(Process process, StreamWriter log, string baseUrl) => (this.process, this.log, BaseUrl) = (process, log, baseUrl);

    public string BaseUrl { get; }

    public static async Task<AppServer> StartAsync(string connectionString, string probePath, string logPath, CancellationToken ct)
    {
        var dll = Path.Combine(Shell.Root, "src", "UrbanCoop", "bin", "Release", "net10.0", "UrbanCoop.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: build it with ./urbancoop --help (bench/run does).");
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Shell.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "serve", "--urls", baseUrl }) start.ArgumentList.Add(arg);
        start.Environment["URBANCOOP_DATABASE"] = connectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["URBANCOOP_NO_DEMO"] = "1";
        start.Environment["URBANCOOP_BENCH"] = "1";

        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        Leftovers.Add("app", process.Id.ToString());
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppServer(process, log, baseUrl);
        try
        {
            await app.WaitUntilServingAsync(probePath, logPath, ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    private async Task WaitUntilServingAsync(string probePath, string logPath, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited with code {process.ExitCode}; see {logPath}.");
            try
            {
                using var response = await http.GetAsync(probePath, ct);
                if (response.StatusCode == HttpStatusCode.OK) return;
                throw new InvalidOperationException($"GET {probePath} answered {(int)response.StatusCode}: is the ceiling endpoint mapped under URBANCOOP_BENCH=1? See {logPath}.");
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250, ct);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
        Leftovers.Remove("app", process.Id.ToString());
        process.Dispose();
        lock (log) log.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log)
        {
            if (log.BaseStream is not null) log.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
