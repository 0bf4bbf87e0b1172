using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using UrbanCoop.Infrastructure.Web;
using UrbanCoop.Resources;

namespace UrbanCoop.Tests.Infrastructure.Web;

[Collection(nameof(AppCollection))]
public sealed partial class UiStringsTests(Apps apps)
{
    private static readonly string App = Path.Combine(Repository.Root, "src", "UrbanCoop");

    private static HashSet<string> ResourceKeys() =>
        XDocument.Load(Path.Combine(App, "Resources", "Ui.resx")).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).ToHashSet();

    [Fact]
    public void Every_UI_string_the_pages_use_is_in_the_resource_file()
    {
        var used = Directory.EnumerateFiles(App, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml") || f.EndsWith(".cs")) && !f.Contains("/bin/") && !f.Contains("/obj/"))
            .SelectMany(f => Literal().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value.Replace("\\\"", "\"")))
            .ToHashSet();
        var enums = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.Namespace?.StartsWith("UrbanCoop.Features") == true)
            .SelectMany(t => Enum.GetValues(t).Cast<Enum>().Select(Display.Words));
        Assert.NotEmpty(used);
        var missing = used.Concat(enums).Except(ResourceKeys()).Order().ToList();
        Assert.True(missing.Count == 0, "Missing from Resources/Ui.resx (run scripts/ui-strings): " + string.Join(" | ", missing));
    }

    [Fact]
    public void The_localizer_reads_strings_from_the_resource_file()
    {
        var localizer = apps[Db.Sqlite].Services.GetRequiredService<IStringLocalizer<Ui>>();
        Assert.False(localizer["Partnerships"].ResourceNotFound);
        Assert.True(localizer["A string no page uses"].ResourceNotFound);
    }

    [GeneratedRegex(@"\bT\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();
}
