using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace UrbanCoop.Features.Intake.Reading;

/// <summary>
/// A light HTML-to-text pass: drops scripts, styles and page chrome (nav, header, footer, aside, forms), turns
/// block elements into line breaks and table cells into tabs, and decodes entities. Also used on HTML fragments
/// that documents carry inside table cells.
/// </summary>
public static partial class HtmlText
{
    public static bool LooksLikeHtmlPage(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<") && HtmlBodyTag().IsMatch(text));
    }

    public static string ToText(string html)
    {
        var text = Chrome().Replace(html, " ");
        text = Comment().Replace(text, " ");
        text = CellTag().Replace(text, "\t");
        text = RowOrBlockTag().Replace(text, "\n");
        text = AnyTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim(' ', '\t'));
        var sb = new StringBuilder();
        foreach (var line in lines)
            if (line.Length > 0) sb.Append(line).Append('\n');
        return sb.ToString();
    }

    /// <summary>Inline fragments inside a line (as in exported table cells): block tags become segment breaks.</summary>
    public static string FlattenFragment(string line)
    {
        if (line.IndexOf('<') < 0) return line;
        var text = RowOrBlockTag().Replace(line, " \u2029 ");
        text = AnyTag().Replace(text, "");
        return WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"<(head|script|style|nav|header|footer|aside|form|noscript|template|svg)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Chrome();
    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();
    [GeneratedRegex(@"</t[dh]\s*>\s*(?=<t[dh]\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CellTag();
    [GeneratedRegex(@"<(/?(p|div|li|ul|ol|tr|table|h[1-6]|section|article|blockquote|dd|dt|dl|pre|title)\b[^>]*|br\s*/?)>", RegexOptions.IgnoreCase)]
    private static partial Regex RowOrBlockTag();
    [GeneratedRegex(@"<[^>]{0,2000}>", RegexOptions.Singleline)]
    private static partial Regex AnyTag();
    [GeneratedRegex(@"[ \u00A0\r\f\v]+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"<body\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlBodyTag();
}
