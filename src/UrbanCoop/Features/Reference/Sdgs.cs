namespace UrbanCoop.Features.Reference;

public sealed record Sdg(int Number, string Name);

/// <summary>The 17 UN Sustainable Development Goals.</summary>
public static class Sdgs
{
    public static readonly IReadOnlyList<Sdg> All =
    [
        new(1, "No poverty"), new(2, "Zero hunger"), new(3, "Good health and well-being"),
        new(4, "Quality education"), new(5, "Gender equality"), new(6, "Clean water and sanitation"),
        new(7, "Affordable and clean energy"), new(8, "Decent work and economic growth"),
        new(9, "Industry, innovation and infrastructure"), new(10, "Reduced inequalities"),
        new(11, "Sustainable cities and communities"), new(12, "Responsible consumption and production"),
        new(13, "Climate action"), new(14, "Life below water"), new(15, "Life on land"),
        new(16, "Peace, justice and strong institutions"), new(17, "Partnerships for the goals"),
    ];

    public static bool Exists(int number) => number is >= 1 and <= 17;
    public static string NameOf(int number) => Exists(number) ? All[number - 1].Name : $"SDG {number}";
}
