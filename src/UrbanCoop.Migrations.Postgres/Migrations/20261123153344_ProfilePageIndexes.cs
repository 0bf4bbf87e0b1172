using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UrbanCoop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProfilePageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Positions_OrganisationId",
                table: "Positions");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_PlaceId",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_ActivityPlace_PlaceId",
                table: "ActivityPlace");

            migrationBuilder.DropIndex(
                name: "IX_Activities_PartnershipId",
                table: "Activities");

            migrationBuilder.AddColumn<DateTime>(
                name: "StartsAt",
                table: "ActivityPlace",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // The copy of each activity's start (ActivityPlace.CopyStartTimes keeps it in step from now on).
            migrationBuilder.Sql("""
                UPDATE "ActivityPlace" SET "StartsAt" = (SELECT a."StartsAt" FROM "Activities" AS a WHERE a."Id" = "ActivityPlace"."ActivityId")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Positions_OrganisationId_PersonId",
                table: "Positions",
                columns: new[] { "OrganisationId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_PlaceId_Name_Id",
                table: "Organisations",
                columns: new[] { "PlaceId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityPlace_PlaceId_StartsAt_ActivityId",
                table: "ActivityPlace",
                columns: new[] { "PlaceId", "StartsAt", "ActivityId" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_PartnershipId_StartsAt_Id",
                table: "Activities",
                columns: new[] { "PartnershipId", "StartsAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Positions_OrganisationId_PersonId",
                table: "Positions");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_PlaceId_Name_Id",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_ActivityPlace_PlaceId_StartsAt_ActivityId",
                table: "ActivityPlace");

            migrationBuilder.DropIndex(
                name: "IX_Activities_PartnershipId_StartsAt_Id",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "StartsAt",
                table: "ActivityPlace");

            migrationBuilder.CreateIndex(
                name: "IX_Positions_OrganisationId",
                table: "Positions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_PlaceId",
                table: "Organisations",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityPlace_PlaceId",
                table: "ActivityPlace",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_PartnershipId",
                table: "Activities",
                column: "PartnershipId");
        }
    }
}
