using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UrbanCoop.Features.Documents;

namespace UrbanCoop.Features.Languages;

/// <summary>
/// A record's text in a second language: the record itself holds the English text, this row the same field in
/// Chinese ("Partnership 2, Name, zh-Hans"). One table for every kind keeps the records as they are.
/// </summary>
public sealed class RecordText
{
    public int Id { get; set; }
    public RecordKind RecordKind { get; set; }
    public int RecordId { get; set; }
    public required string Field { get; set; }
    public required string Language { get; set; }
    public required string Text { get; set; }
}

internal sealed class RecordTextConfiguration : IEntityTypeConfiguration<RecordText>
{
    public void Configure(EntityTypeBuilder<RecordText> text)
    {
        text.Property(t => t.Field).HasMaxLength(40);
        text.Property(t => t.Language).HasMaxLength(16);
        text.Property(t => t.Text).HasMaxLength(8000);
        text.HasIndex(t => new { t.RecordKind, t.RecordId, t.Field, t.Language }).IsUnique();
    }
}
