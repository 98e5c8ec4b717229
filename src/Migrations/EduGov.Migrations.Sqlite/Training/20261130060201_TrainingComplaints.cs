using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Sqlite.Training
{
    /// <inheritdoc />
    public partial class TrainingComplaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "training_complaint",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InstitutionName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ComplainantName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PhoneLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnswerDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InstitutionAccount = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    InstitutionAccountAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Closure = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_complaint", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_complaint_photo",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_complaint_photo", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_complaint_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_complaint_step", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_penalty",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    LiftedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LiftReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LiftedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_penalty", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_referral",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ComplaintNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Authority = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorityName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FinishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_referral", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_referral_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatusAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_referral_step", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_training_complaint_InstitutionId",
                table: "training_complaint",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_training_complaint_Number",
                table: "training_complaint",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_complaint_Status_AnswerDue",
                table: "training_complaint",
                columns: new[] { "Status", "AnswerDue" });

            migrationBuilder.CreateIndex(
                name: "IX_training_complaint_Year_Sequence",
                table: "training_complaint",
                columns: new[] { "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_complaint_photo_ComplaintId",
                table: "training_complaint_photo",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_training_complaint_step_ComplaintId",
                table: "training_complaint_step",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_training_penalty_DecidedOn",
                table: "training_penalty",
                column: "DecidedOn");

            migrationBuilder.CreateIndex(
                name: "IX_training_penalty_InstitutionId_DecidedOn",
                table: "training_penalty",
                columns: new[] { "InstitutionId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_training_referral_ComplaintId",
                table: "training_referral",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_training_referral_InstitutionId",
                table: "training_referral",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_training_referral_Status_SentOn",
                table: "training_referral",
                columns: new[] { "Status", "SentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_training_referral_step_ReferralId",
                table: "training_referral_step",
                column: "ReferralId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "training_complaint");

            migrationBuilder.DropTable(
                name: "training_complaint_photo");

            migrationBuilder.DropTable(
                name: "training_complaint_step");

            migrationBuilder.DropTable(
                name: "training_penalty");

            migrationBuilder.DropTable(
                name: "training_referral");

            migrationBuilder.DropTable(
                name: "training_referral_step");
        }
    }
}
