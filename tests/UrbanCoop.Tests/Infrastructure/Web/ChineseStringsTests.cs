using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using UrbanCoop.Resources;

namespace UrbanCoop.Tests.Infrastructure.Web;

[Collection(nameof(AppCollection))]
public sealed class ChineseStringsTests(Apps apps)
{
    private static readonly string Resources = Path.Combine(Repository.Root, "src", "UrbanCoop", "Resources");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [Fact]
    public void Every_UI_string_has_a_Chinese_translation()
    {
        var chinese = Read("Ui.zh-Hans.resx");
        var missing = Read("Ui.resx").Keys.Where(k => string.IsNullOrWhiteSpace(chinese.GetValueOrDefault(k))).Order().ToList();
        Assert.True(missing.Count == 0, "Untranslated in Resources/Ui.zh-Hans.resx (list them with scripts/ui-strings --missing-zh): " + string.Join(" | ", missing));
    }

    [Fact]
    public void Translations_keep_the_placeholders_of_the_English_text()
    {
        var chinese = Read("Ui.zh-Hans.resx");
        var broken = chinese.Where(t => Placeholders(t.Key) != Placeholders(t.Value)).Select(t => t.Key).ToList();
        Assert.True(broken.Count == 0, "Placeholders differ: " + string.Join(" | ", broken));
    }

    [Fact]
    public void The_localizer_answers_in_Chinese_for_a_Chinese_culture()
    {
        var localizer = apps[Db.Sqlite].Services.GetRequiredService<IStringLocalizer<Ui>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-Hans");
            Assert.Equal("伙伴关系", localizer["Partnerships"].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static string Placeholders(string text) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order());
}
