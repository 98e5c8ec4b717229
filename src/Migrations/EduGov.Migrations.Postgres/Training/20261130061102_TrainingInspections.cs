using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Postgres.Training
{
    /// <inheritdoc />
    public partial class TrainingInspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "training_enforcement_officer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Areas = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Qualifications = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_enforcement_officer", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_check",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Item = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_check", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_finding",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreditItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ItemName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PointsPerInstance = table.Column<int>(type: "integer", nullable: false),
                    Instances = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_finding", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_photo",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_photo", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_plan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Batch = table.Column<int>(type: "integer", nullable: false),
                    CheckItems = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RatioA = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    RatioB = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    RatioC = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    RatioD = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    RatioE = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    MinPerGrade = table.Column<int>(type: "integer", nullable: false),
                    ExcludeRecent = table.Column<bool>(type: "boolean", nullable: false),
                    PreferArea = table.Column<bool>(type: "boolean", nullable: false),
                    TeamSize = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    TargetsCsv = table.Column<string>(type: "text", nullable: false),
                    InspectorsCsv = table.Column<string>(type: "text", nullable: false),
                    ManifestSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FrozenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublicDraw = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Dice = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Seed = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DrawCsv = table.Column<string>(type: "text", nullable: false),
                    DrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishDue = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_plan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_plan_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_plan_step", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_target",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Token = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    InstitutionName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Area = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecentlyInspected = table.Column<bool>(type: "boolean", nullable: false),
                    LotteryNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    Selected = table.Column<bool>(type: "boolean", nullable: false),
                    Excluded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_target", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_task",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Token = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    LotteryNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    HasFindings = table.Column<bool>(type: "boolean", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_task", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_team_member",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_team_member", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_officer_conflict",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficerId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_officer_conflict", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_rectification",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    FindingId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Problem = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Measures = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_rectification", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_rectification_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RectificationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_rectification_step", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_training_enforcement_officer_CertificateNumber",
                table: "training_enforcement_officer",
                column: "CertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_enforcement_officer_UserId",
                table: "training_enforcement_officer",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_training_inspection_check_TaskId",
                table: "training_inspection_check",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_training_inspection_finding_TaskId",
                table: "training_inspection_finding",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_training_inspection_photo_OwnerId",
                table: "training_inspection_photo",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_training_inspection_plan_Year_Batch",
                table: "training_inspection_plan",
                columns: new[] { "Year", "Batch" });

            migrationBuilder.CreateIndex(
                name: "IX_training_inspection_plan_step_PlanId",
                table: "training_inspection_plan_step",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_training_inspection_target_InstitutionId",
                table: "training_inspection_target",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_training_inspection_target_PlanId_Grade_Rank",
                table: "training_inspection_target",
                columns: new[] { "PlanId", "Grade", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_training_inspection_task_InstitutionId_Status",
                table: "training_inspection_task",
                columns: new[] { "InstitutionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_training_inspection_task_PlanId_Order",
                table: "training_inspection_task",
                columns: new[] { "PlanId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_training_inspection_team_member_OfficerId",
                table: "training_inspection_team_member",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_training_inspection_team_member_TaskId",
                table: "training_inspection_team_member",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_training_officer_conflict_OfficerId_InstitutionId",
                table: "training_officer_conflict",
                columns: new[] { "OfficerId", "InstitutionId" });

            migrationBuilder.CreateIndex(
                name: "IX_training_rectification_InstitutionId_Status",
                table: "training_rectification",
                columns: new[] { "InstitutionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_training_rectification_TaskId",
                table: "training_rectification",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_training_rectification_step_RectificationId",
                table: "training_rectification_step",
                column: "RectificationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "training_enforcement_officer");

            migrationBuilder.DropTable(
                name: "training_inspection_check");

            migrationBuilder.DropTable(
                name: "training_inspection_finding");

            migrationBuilder.DropTable(
                name: "training_inspection_photo");

            migrationBuilder.DropTable(
                name: "training_inspection_plan");

            migrationBuilder.DropTable(
                name: "training_inspection_plan_step");

            migrationBuilder.DropTable(
                name: "training_inspection_target");

            migrationBuilder.DropTable(
                name: "training_inspection_task");

            migrationBuilder.DropTable(
                name: "training_inspection_team_member");

            migrationBuilder.DropTable(
                name: "training_officer_conflict");

            migrationBuilder.DropTable(
                name: "training_rectification");

            migrationBuilder.DropTable(
                name: "training_rectification_step");
        }
    }
}
