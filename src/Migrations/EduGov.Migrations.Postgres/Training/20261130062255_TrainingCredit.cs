using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Postgres.Training
{
    /// <inheritdoc />
    public partial class TrainingCredit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "training_card_event",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<int>(type: "integer", nullable: false),
                    To = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_card_event", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_credit_catalogue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_credit_catalogue", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_credit_item",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CatalogueId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Group = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Standard = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MaxPoints = table.Column<int>(type: "integer", nullable: false),
                    PointsPerInstance = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    GradeCap = table.Column<int>(type: "integer", nullable: true),
                    DirectRed = table.Column<bool>(type: "boolean", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_credit_item", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_credit_record",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ItemName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Instances = table.Column<int>(type: "integer", nullable: false),
                    PointsDeducted = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RepairableFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PublicUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StatusChangedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StatusReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_credit_record", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_credit_repair_request",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Commitment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Decision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_credit_repair_request", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_list_entry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: true),
                    List = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    EnteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LeftReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LeftBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_list_entry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_objection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Decision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_objection", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_training_card_event_InstitutionId_At",
                table: "training_card_event",
                columns: new[] { "InstitutionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_training_credit_catalogue_Code",
                table: "training_credit_catalogue",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_credit_item_CatalogueId_Code",
                table: "training_credit_item",
                columns: new[] { "CatalogueId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_credit_record_InstitutionId_Status",
                table: "training_credit_record",
                columns: new[] { "InstitutionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_training_credit_record_Status_PublicUntil",
                table: "training_credit_record",
                columns: new[] { "Status", "PublicUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_training_credit_repair_request_InstitutionId",
                table: "training_credit_repair_request",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_training_credit_repair_request_Status_SubmittedOn",
                table: "training_credit_repair_request",
                columns: new[] { "Status", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_training_list_entry_InstitutionId_LeftOn",
                table: "training_list_entry",
                columns: new[] { "InstitutionId", "LeftOn" });

            migrationBuilder.CreateIndex(
                name: "IX_training_list_entry_List_LeftOn",
                table: "training_list_entry",
                columns: new[] { "List", "LeftOn" });

            migrationBuilder.CreateIndex(
                name: "IX_training_objection_InstitutionId",
                table: "training_objection",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_training_objection_Status_DueOn",
                table: "training_objection",
                columns: new[] { "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "training_card_event");

            migrationBuilder.DropTable(
                name: "training_credit_catalogue");

            migrationBuilder.DropTable(
                name: "training_credit_item");

            migrationBuilder.DropTable(
                name: "training_credit_record");

            migrationBuilder.DropTable(
                name: "training_credit_repair_request");

            migrationBuilder.DropTable(
                name: "training_list_entry");

            migrationBuilder.DropTable(
                name: "training_objection");
        }
    }
}
