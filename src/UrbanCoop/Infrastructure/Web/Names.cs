using UrbanCoop.Features.Languages;

namespace UrbanCoop.Infrastructure.Web;

/// <summary>Names as the reader's language writes them.</summary>
public static class Names
{
    /// <summary>The Chinese name of a place for Chinese readers where it is known (柳州), else the English one.</summary>
    public static string Place(string name, string? localName, string? localNameLanguage) =>
        UiLanguages.IsChinese && !string.IsNullOrWhiteSpace(localName) && localNameLanguage?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true
            ? localName
            : name;
}
