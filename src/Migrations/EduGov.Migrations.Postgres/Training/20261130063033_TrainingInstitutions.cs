using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Postgres.Training
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Result = table.Column<int>(type: "integer", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_annual_review", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_change_request",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProposedJson = table.Column<string>(type: "text", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_change_request", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_institution_document",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerKind = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_institution_document", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_institution_notice",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SentBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AnsweredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_institution_notice", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_licence_application",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ProposedName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProposedScope = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProposedAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Statement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RemainingPupils = table.Column<int>(type: "integer", nullable: false),
                    UnconsumedFen = table.Column<long>(type: "bigint", nullable: false),
                    RefundPlan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PlacementPlan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PermitId = table.Column<Guid>(type: "uuid", nullable: true),
                    StepCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_licence_application", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_licence_opinion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Department = table.Column<int>(type: "integer", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Result = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_licence_opinion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_licence_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
