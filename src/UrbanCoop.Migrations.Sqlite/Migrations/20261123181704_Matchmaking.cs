using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UrbanCoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Matchmaking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BrokerageEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: true),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Online = table.Column<bool>(type: "INTEGER", nullable: false),
                    Tables = table.Column<string>(type: "TEXT", nullable: false),
                    ScheduledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Objective = table.Column<int>(type: "INTEGER", nullable: true),
                    UpperBound = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BrokerageEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BrokerageEvents_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Calls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxPartners = table.Column<int>(type: "INTEGER", nullable: false),
                    MinPopulation = table.Column<long>(type: "INTEGER", nullable: true),
                    Open = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Calls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Calls_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MatchmakingProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Offers = table.Column<string>(type: "TEXT", nullable: false),
                    Seeks = table.Column<string>(type: "TEXT", nullable: false),
                    Sectors = table.Column<string>(type: "TEXT", nullable: false),
                    TargetCountries = table.Column<string>(type: "TEXT", nullable: false),
                    OfferText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SeekText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchmakingProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchmakingProfiles_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BrokerageParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HoursFrom = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    HoursTo = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    AvailableSlots = table.Column<string>(type: "TEXT", nullable: false),
                    MaxMeetings = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BrokerageParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BrokerageParticipants_BrokerageEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "BrokerageEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BrokerageParticipants_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BrokerageSlots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BrokerageSlots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BrokerageSlots_BrokerageEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "BrokerageEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CallApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    Challenges = table.Column<string>(type: "TEXT", nullable: false),
                    Profile = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallApplications_Calls_CallId",
                        column: x => x.CallId,
                        principalTable: "Calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CallApplications_Places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "Places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToId = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SlotId = table.Column<int>(type: "INTEGER", nullable: true),
                    Table = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnscheduledReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_BrokerageEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "BrokerageEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_BrokerageParticipants_FromId",
                        column: x => x.FromId,
                        principalTable: "BrokerageParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_BrokerageParticipants_ToId",
                        column: x => x.ToId,
                        principalTable: "BrokerageParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_BrokerageSlots_SlotId",
                        column: x => x.SlotId,
                        principalTable: "BrokerageSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BrokerageEvents_ActivityId",
                table: "BrokerageEvents",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_BrokerageParticipants_EventId_OrganisationId",
                table: "BrokerageParticipants",
                columns: new[] { "EventId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BrokerageParticipants_OrganisationId",
                table: "BrokerageParticipants",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_BrokerageSlots_EventId",
                table: "BrokerageSlots",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_CallApplications_CallId_PlaceId",
                table: "CallApplications",
                columns: new[] { "CallId", "PlaceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallApplications_PlaceId",
                table: "CallApplications",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Calls_ProgrammeId",
                table: "Calls",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchmakingProfiles_OrganisationId",
                table: "MatchmakingProfiles",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_EventId_Status",
                table: "MeetingRequests",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_FromId",
                table: "MeetingRequests",
                column: "FromId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_SlotId",
                table: "MeetingRequests",
                column: "SlotId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_ToId",
                table: "MeetingRequests",
                column: "ToId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallApplications");

            migrationBuilder.DropTable(
                name: "MatchmakingProfiles");

            migrationBuilder.DropTable(
                name: "MeetingRequests");

            migrationBuilder.DropTable(
                name: "Calls");

            migrationBuilder.DropTable(
                name: "BrokerageParticipants");

            migrationBuilder.DropTable(
                name: "BrokerageSlots");

            migrationBuilder.DropTable(
                name: "BrokerageEvents");
        }
    }
}
