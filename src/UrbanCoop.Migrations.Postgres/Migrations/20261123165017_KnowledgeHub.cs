using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace UrbanCoop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class KnowledgeHub : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Body = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Sdgs = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    TitleTerms = table.Column<string>(type: "text", nullable: false),
                    BodyTerms = table.Column<string>(type: "text", nullable: false),
                    Names = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Url = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Published = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchTerms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchTerms", x => x.Term);
                });

            migrationBuilder.CreateTable(
                name: "ArticleLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    RecordKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleLinks_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SearchFacets",
                columns: table => new
                {
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Value = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchFacets", x => new { x.EntryId, x.Name, x.Value });
                    table.ForeignKey(
                        name: "FK_SearchFacets_SearchEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "SearchEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleLinks_ArticleId_RecordKind_RecordId",
                table: "ArticleLinks",
                columns: new[] { "ArticleId", "RecordKind", "RecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleLinks_RecordKind_RecordId",
                table: "ArticleLinks",
                columns: new[] { "RecordKind", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedOn",
                table: "Articles",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Kind_RecordId",
                table: "SearchEntries",
                columns: new[] { "Kind", "RecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchFacets_Name_Value_EntryId",
                table: "SearchFacets",
                columns: new[] { "Name", "Value", "EntryId" });

            SearchIndexSql.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SearchIndexSql.Down(migrationBuilder);

            migrationBuilder.DropTable(
                name: "ArticleLinks");

            migrationBuilder.DropTable(
                name: "SearchFacets");

            migrationBuilder.DropTable(
                name: "SearchTerms");

            migrationBuilder.DropTable(
                name: "Articles");

            migrationBuilder.DropTable(
                name: "SearchEntries");
        }
    }
}
