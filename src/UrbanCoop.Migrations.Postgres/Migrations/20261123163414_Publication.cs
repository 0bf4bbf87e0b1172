using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UrbanCoop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Publication : Migration
    {
        /// <inheritdoc />
        // Records stored before drafts existed were public: they stay published.
    protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "Programmes",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "Places",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "PilotProjects",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "People",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "Partnerships",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "Organisations",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "Documents",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "Clusters",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "Agreements",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "Activities",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "ActionPlans",
                type: "boolean",
                nullable: false,
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Published",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "Places");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "PilotProjects");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "Clusters");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "ActionPlans");
        }
    }
}
