using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Documents;

public enum DocumentKind { News, ActionPlan, Agenda, Presentation, Report, Minutes, Agreement, Other }

/// <summary>A file or web page with its extracted text, linked to the records it mentions.</summary>
public sealed class Document : Record
{
    public required string Title { get; set; }
    public DocumentKind Kind { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? SizeBytes { get; set; }
    public string? Language { get; set; }
    /// <summary>Where it came from: a URL or the path it was imported from.</summary>
    public string? Source { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? Text { get; set; }
    public List<DocumentLink> Links { get; set; } = [];
}

public sealed class DocumentFile
{
    public int DocumentId { get; set; }
    public required byte[] Content { get; set; }
}

public enum RecordKind { Programme, Place, Partnership, ActionPlan, PilotProject, Activity, Organisation, Person, Agreement, Cluster, Document, Article, BrokerageEvent, Call }

/// <summary>A link from a document to a record it belongs to or mentions.</summary>
public sealed class DocumentLink
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public RecordKind RecordKind { get; set; }
    public int RecordId { get; set; }
}
