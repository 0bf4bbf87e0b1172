using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Knowledge.Articles;

public enum ArticleKind { News, BestPractice, CaseStudy }

/// <summary>A news item, best practice or case study written in Markdown; attachments are documents linked to it.</summary>
public sealed class Article : Record
{
    public required string Title { get; set; }
    public ArticleKind Kind { get; set; }
    /// <summary>Markdown; rendered and sanitised for display.</summary>
    public required string Body { get; set; }
    /// <summary>BCP 47 language tag, e.g. en or zh.</summary>
    public string Language { get; set; } = "en";
    public DateOnly? PublishedOn { get; set; }
    public List<string> Themes { get; set; } = [];
    public List<int> Sdgs { get; set; } = [];
    public List<ArticleLink> Links { get; set; } = [];
}

/// <summary>A record the article is about: a place, partnership, activity, organisation or person.</summary>
public sealed class ArticleLink
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public RecordKind RecordKind { get; set; }
    public int RecordId { get; set; }
}
