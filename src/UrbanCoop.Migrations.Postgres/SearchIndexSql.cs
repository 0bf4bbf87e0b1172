using Microsoft.EntityFrameworkCore.Migrations;

namespace UrbanCoop.Migrations.Postgres;

/// <summary>
/// PostgreSQL's half of the search index: a generated tsvector of the entries' terms (title weight A,
/// body B) with a GIN index, and a pg_trgm GIN index on the vocabulary for spelling correction. The
/// terms are already folded by the app (SearchText), so the 'simple' configuration only splits on spaces.
/// </summary>
internal static class SearchIndexSql
{
    public static void Up(MigrationBuilder migration)
    {
        migration.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
        migration.Sql("""
            ALTER TABLE "SearchEntries" ADD COLUMN "Vector" tsvector GENERATED ALWAYS AS (
              setweight(to_tsvector('simple'::regconfig, "TitleTerms"), 'A') || setweight(to_tsvector('simple'::regconfig, "BodyTerms"), 'B')) STORED;
            """);
        migration.Sql("""CREATE INDEX "IX_SearchEntries_Vector" ON "SearchEntries" USING gin ("Vector");""");
        migration.Sql("""CREATE INDEX "IX_SearchTerms_Term_Trigrams" ON "SearchTerms" USING gin ("Term" gin_trgm_ops);""");
    }

    public static void Down(MigrationBuilder migration)
    {
        migration.Sql("""DROP INDEX IF EXISTS "IX_SearchTerms_Term_Trigrams";""");
        migration.Sql("""DROP INDEX IF EXISTS "IX_SearchEntries_Vector";""");
        migration.Sql("""ALTER TABLE "SearchEntries" DROP COLUMN IF EXISTS "Vector";""");
    }
}
