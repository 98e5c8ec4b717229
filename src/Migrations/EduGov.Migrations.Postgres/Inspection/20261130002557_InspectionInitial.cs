using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Postgres.Inspection
{
    /// <inheritdoc />
    public partial class InspectionInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspection_assignment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectorId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AssignedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_assignment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_attachment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerKind = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_attachment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_checklist_template",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_checklist_template", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_inspection_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    VisitsPerSchoolPerMonth = table.Column<int>(type: "integer", nullable: false),
                    SchoolsPerInspector = table.Column<int>(type: "integer", nullable: false),
                    MinorDeadlineDays = table.Column<int>(type: "integer", nullable: false),
                    SeriousDeadlineDays = table.Column<int>(type: "integer", nullable: false),
                    CriticalDeadlineDays = table.Column<int>(type: "integer", nullable: false),
                    ReminderIntervalDays = table.Column<int>(type: "integer", nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_inspection_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_inspector",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Employment = table.Column<int>(type: "integer", nullable: false),
                    Background = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Stages = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PhotoId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_inspector", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_issue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: true),
                    InspectorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Item = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Rule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PlanMeasures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PlanOwner = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PlanDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EscalatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastRemindedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_issue", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_planned_visit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectorId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_planned_visit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_school_facilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    TeachingSpaceSquareMetres = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    SportsSpaceSquareMetres = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    EquipmentValueYuan = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    MultimediaClassrooms = table.Column<int>(type: "integer", nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_school_facilities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_visit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectorId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlannedVisitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Methods = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IsEmergency = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_visit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_checklist_item",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Item = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    MaxPoints = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_checklist_item", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_checklist_item_inspection_checklist_template_Tem~",
                        column: x => x.TemplateId,
                        principalTable: "inspection_checklist_template",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_issue_event",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IssueId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    StatusAfter = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_issue_event", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_issue_event_inspection_issue_IssueId",
                        column: x => x.IssueId,
                        principalTable: "inspection_issue",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_visit_entry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Item = table.Column<int>(type: "integer", nullable: false),
                    ChecklistItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Checked = table.Column<bool>(type: "boolean", nullable: false),
                    Points = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_visit_entry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_visit_entry_inspection_visit_VisitId",
                        column: x => x.VisitId,
                        principalTable: "inspection_visit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "inspection_inspection_settings",
                columns: new[] { "Id", "CriticalDeadlineDays", "MinorDeadlineDays", "ReminderIntervalDays", "SchoolsPerInspector", "SeriousDeadlineDays", "UpdatedAt", "UpdatedByName", "VisitsPerSchoolPerMonth" },
                values: new object[] { 1, 5, 30, 3, 5, 14, null, "", 1 });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_assignment_InspectorId_Until",
                table: "inspection_assignment",
                columns: new[] { "InspectorId", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_assignment_SchoolId_Until",
                table: "inspection_assignment",
                columns: new[] { "SchoolId", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_attachment_OwnerKind_OwnerId",
                table: "inspection_attachment",
                columns: new[] { "OwnerKind", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_checklist_item_TemplateId",
                table: "inspection_checklist_item",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_checklist_template_Name",
                table: "inspection_checklist_template",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspection_inspector_CertificateNumber",
                table: "inspection_inspector",
                column: "CertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspection_inspector_UserId",
                table: "inspection_inspector",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_issue_Number",
                table: "inspection_issue",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspection_issue_OpenedOn",
                table: "inspection_issue",
                column: "OpenedOn");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_issue_SchoolId_Reference",
                table: "inspection_issue",
                columns: new[] { "SchoolId", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_issue_SchoolId_Status",
                table: "inspection_issue",
                columns: new[] { "SchoolId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_issue_Status_Deadline",
                table: "inspection_issue",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_issue_event_IssueId_At",
                table: "inspection_issue_event",
                columns: new[] { "IssueId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_planned_visit_InspectorId_Month",
                table: "inspection_planned_visit",
                columns: new[] { "InspectorId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_planned_visit_Month_SchoolId_Sequence",
                table: "inspection_planned_visit",
                columns: new[] { "Month", "SchoolId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspection_school_facilities_Year_SchoolId",
                table: "inspection_school_facilities",
                columns: new[] { "Year", "SchoolId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspection_visit_InspectorId_VisitedOn",
                table: "inspection_visit",
                columns: new[] { "InspectorId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_visit_SchoolId_VisitedOn",
                table: "inspection_visit",
                columns: new[] { "SchoolId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_visit_VisitedOn",
                table: "inspection_visit",
                column: "VisitedOn");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_visit_entry_VisitId",
                table: "inspection_visit_entry",
                column: "VisitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_assignment");

            migrationBuilder.DropTable(
                name: "inspection_attachment");

            migrationBuilder.DropTable(
                name: "inspection_checklist_item");

            migrationBuilder.DropTable(
                name: "inspection_inspection_settings");

            migrationBuilder.DropTable(
                name: "inspection_inspector");

            migrationBuilder.DropTable(
                name: "inspection_issue_event");

            migrationBuilder.DropTable(
                name: "inspection_planned_visit");

            migrationBuilder.DropTable(
                name: "inspection_school_facilities");

            migrationBuilder.DropTable(
                name: "inspection_visit_entry");

            migrationBuilder.DropTable(
                name: "inspection_checklist_template");

            migrationBuilder.DropTable(
                name: "inspection_issue");

            migrationBuilder.DropTable(
                name: "inspection_visit");
        }
    }
}
