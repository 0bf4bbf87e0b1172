namespace UrbanCoop.Features.Documents;

/// <summary>What the shared _DocumentForm partial edits: the input and its links typed as lines ("Activity 12").</summary>
public interface IDocumentForm
{
    DocumentInput Input { get; }
    string? LinksText { get; }
}
