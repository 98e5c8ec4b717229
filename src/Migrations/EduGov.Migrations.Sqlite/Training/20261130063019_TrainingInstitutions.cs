using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Sqlite.Training
{
    /// <inheritdoc />
    public partial class TrainingInstitutions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "training_annual_review",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_annual_review", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_change_request",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProposedJson = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_change_request", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_institution_document",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerKind = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_institution_document", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_institution_notice",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_institution_notice", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_licence_application",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposedName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProposedScope = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProposedAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RemainingPupils = table.Column<int>(type: "INTEGER", nullable: false),
                    UnconsumedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RefundPlan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PlacementPlan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PermitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StepCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_licence_application", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_licence_opinion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Department = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_licence_opinion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_licence_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_licence_step", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_training_annual_review_InstitutionId_Year",
                table: "training_annual_review",
                columns: new[] { "InstitutionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_annual_review_Year",
                table: "training_annual_review",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_training_change_request_InstitutionId",
                table: "training_change_request",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_training_change_request_Status_SubmittedAt",
                table: "training_change_request",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_training_institution_document_InstitutionId",
                table: "training_institution_document",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_training_institution_document_OwnerKind_OwnerId",
                table: "training_institution_document",
                columns: new[] { "OwnerKind", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_training_institution_notice_InstitutionId_DueOn",
                table: "training_institution_notice",
                columns: new[] { "InstitutionId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_training_licence_application_InstitutionId",
                table: "training_licence_application",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_training_licence_application_Number",
                table: "training_licence_application",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_licence_application_Status_DecisionDueOn",
                table: "training_licence_application",
                columns: new[] { "Status", "DecisionDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_training_licence_opinion_ApplicationId_Department",
                table: "training_licence_opinion",
                columns: new[] { "ApplicationId", "Department" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_licence_step_ApplicationId_Sequence",
                table: "training_licence_step",
                columns: new[] { "ApplicationId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "training_annual_review");

            migrationBuilder.DropTable(
                name: "training_change_request");

            migrationBuilder.DropTable(
                name: "training_institution_document");

            migrationBuilder.DropTable(
                name: "training_institution_notice");

            migrationBuilder.DropTable(
                name: "training_licence_application");

            migrationBuilder.DropTable(
                name: "training_licence_opinion");

            migrationBuilder.DropTable(
                name: "training_licence_step");
        }
    }
}
