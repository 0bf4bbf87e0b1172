using UrbanCoop.Features.Documents;
using UrbanCoop.Features.Languages;

namespace UrbanCoop.Features.Demo;

/// <summary>Chinese versions of a few demo texts (translations written for the demo), so Chinese readers see both cases.</summary>
internal static class DemoTexts
{
    public static IEnumerable<RecordText> Create(DemoData demo)
    {
        RecordText Chinese(RecordKind kind, int id, string field, string text) =>
            new() { RecordKind = kind, RecordId = id, Field = field, Language = UiLanguages.Chinese, Text = text };

        yield return Chinese(RecordKind.Partnership, demo.Partnerships.Liuzhou.Id, "Name", "柳州 – 巴塞罗那、格拉纳达、罗马、斯图加特地区、曼海姆");
        yield return Chinese(RecordKind.Partnership, demo.Partnerships.Guangzhou.Id, "Name", "广州 – 巴塞罗那、博洛尼亚、格拉纳达、斯图加特、罗马");
        yield return Chinese(RecordKind.Partnership, demo.Partnerships.BariGdd.Id, "Name", "巴里 – 广州开发区");
    }
}
