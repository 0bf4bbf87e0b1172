namespace UrbanCoop.Tests.Infrastructure;

public static class Repository
{
    /// <summary>The repository root: the folder holding UrbanCoop.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/seeds beside the repository, when it exists (CI always has it).</summary>
    public static string SeedsFolder => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "UrbanCoop.slnx"))) return dir.FullName;
        throw new InvalidOperationException("UrbanCoop.slnx not found above " + AppContext.BaseDirectory);
    }
}
