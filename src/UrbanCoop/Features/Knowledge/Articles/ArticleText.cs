using Ganss.Xss;
using Markdig;

namespace UrbanCoop.Features.Knowledge.Articles;

/// <summary>An article's Markdown as safe HTML for its page, and as plain text for search.</summary>
public static class ArticleText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    private static readonly HtmlSanitizer Sanitizer = new();

    public static string Html(string markdown)
    {
        // Raw HTML is already disabled; the sanitiser also drops javascript: links and any attribute that could run script.
        return Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
    }

    public static string Plain(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();
}
