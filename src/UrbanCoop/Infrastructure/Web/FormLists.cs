namespace UrbanCoop.Infrastructure.Web;

/// <summary>Lists typed into a textarea, one entry per line.</summary>
public static class FormLists
{
    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
