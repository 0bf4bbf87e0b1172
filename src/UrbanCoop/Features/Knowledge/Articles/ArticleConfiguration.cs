using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace UrbanCoop.Features.Knowledge.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Title).HasMaxLength(300);
        article.Property(a => a.Body).HasMaxLength(100_000);
        article.Property(a => a.Language).HasMaxLength(16);
        article.HasMany(a => a.Links).WithOne().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasIndex(a => a.PublishedOn);
    }
}

internal sealed class ArticleLinkConfiguration : IEntityTypeConfiguration<ArticleLink>
{
    public void Configure(EntityTypeBuilder<ArticleLink> link)
    {
        link.HasIndex(l => new { l.RecordKind, l.RecordId });
        link.HasIndex(l => new { l.ArticleId, l.RecordKind, l.RecordId }).IsUnique();
    }
}
