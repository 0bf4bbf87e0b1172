using UrbanCoop.Infrastructure.Cli;

// The same binary is the web platform (`serve`, the default) and the command-line tool.
return await Commands.RunAsync(args);

/// <summary>Entry point type, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
