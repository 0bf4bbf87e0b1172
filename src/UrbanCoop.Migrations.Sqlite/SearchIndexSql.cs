using Microsoft.EntityFrameworkCore.Migrations;

namespace UrbanCoop.Migrations.Sqlite;

/// <summary>
/// SQLite's half of the search index: an FTS5 table over the entries' terms (kept in step by triggers)
/// and an FTS5 trigram table of the vocabulary for spelling correction. The terms are already folded
/// by the app (SearchText), so the tokenizer only splits on spaces and keeps accents as they are.
/// </summary>
internal static class SearchIndexSql
{
    public static void Up(MigrationBuilder migration)
    {
        migration.Sql("""CREATE VIRTUAL TABLE "SearchText" USING fts5("TitleTerms", "BodyTerms", content='SearchEntries', content_rowid='Id', tokenize='unicode61 remove_diacritics 0');""");
        migration.Sql("""
            CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN
              INSERT INTO "SearchText"(rowid, "TitleTerms", "BodyTerms") VALUES (new."Id", new."TitleTerms", new."BodyTerms");
            END;
            """);
        migration.Sql("""
            CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN
              INSERT INTO "SearchText"("SearchText", rowid, "TitleTerms", "BodyTerms") VALUES ('delete', old."Id", old."TitleTerms", old."BodyTerms");
            END;
            """);
        migration.Sql("""
            CREATE TRIGGER "SearchEntries_Updated" AFTER UPDATE ON "SearchEntries" BEGIN
              INSERT INTO "SearchText"("SearchText", rowid, "TitleTerms", "BodyTerms") VALUES ('delete', old."Id", old."TitleTerms", old."BodyTerms");
              INSERT INTO "SearchText"(rowid, "TitleTerms", "BodyTerms") VALUES (new."Id", new."TitleTerms", new."BodyTerms");
            END;
            """);
        // A copy rather than external content: SearchTerms has no integer key, and VACUUM may renumber its rowids.
        // Terms are only ever removed all at once (reindex), which empties this table too.
        migration.Sql("""CREATE VIRTUAL TABLE "SearchTermTrigrams" USING fts5("Term", tokenize='trigram');""");
        migration.Sql("""
            CREATE TRIGGER "SearchTerms_Inserted" AFTER INSERT ON "SearchTerms" BEGIN
              INSERT INTO "SearchTermTrigrams"("Term") VALUES (new."Term");
            END;
            """);
    }

    public static void Down(MigrationBuilder migration)
    {
        foreach (var trigger in new[] { "SearchEntries_Inserted", "SearchEntries_Deleted", "SearchEntries_Updated", "SearchTerms_Inserted" })
            migration.Sql($"""DROP TRIGGER IF EXISTS "{trigger}";""");
        migration.Sql("""DROP TABLE IF EXISTS "SearchText";""");
        migration.Sql("""DROP TABLE IF EXISTS "SearchTermTrigrams";""");
    }
}
