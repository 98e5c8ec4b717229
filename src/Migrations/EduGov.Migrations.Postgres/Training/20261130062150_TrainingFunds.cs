using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Postgres.Training
{
    /// <inheritdoc />
    public partial class TrainingFunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "training_bank_statement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountKind = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosingBalanceFen = table.Column<long>(type: "bigint", nullable: false),
                    LineCount = table.Column<int>(type: "integer", nullable: false),
                    MatchedLines = table.Column<int>(type: "integer", nullable: false),
                    UnmatchedLines = table.Column<int>(type: "integer", nullable: false),
                    UnmatchedEntries = table.Column<int>(type: "integer", nullable: false),
                    LedgerBalanceFen = table.Column<long>(type: "bigint", nullable: false),
                    BalanceDifferenceFen = table.Column<long>(type: "bigint", nullable: false),
                    ReconciledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_bank_statement", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_bank_statement_line",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StatementId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RowNumber = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Counterparty = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Memo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BalanceFen = table.Column<long>(type: "bigint", nullable: false),
                    MatchedEntryId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_bank_statement_line", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_enrolment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PupilName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    GuardianName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    GuardianPhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GuardianPhoneLookup = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GuardianPhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Lessons = table.Column<int>(type: "integer", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CourseStart = table.Column<DateOnly>(type: "date", nullable: false),
                    CoversUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    CoveredMonths = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_enrolment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_fund_position",
                columns: table => new
                {
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PaidFen = table.Column<long>(type: "bigint", nullable: false),
                    ReleasedFen = table.Column<long>(type: "bigint", nullable: false),
                    RefundedFen = table.Column<long>(type: "bigint", nullable: false),
                    UnconsumedFen = table.Column<long>(type: "bigint", nullable: false),
                    CustodyBalanceFen = table.Column<long>(type: "bigint", nullable: false),
                    ShortfallFen = table.Column<long>(type: "bigint", nullable: false),
                    DepositRequiredFen = table.Column<long>(type: "bigint", nullable: false),
                    DepositHeldFen = table.Column<long>(type: "bigint", nullable: false),
                    ActiveEnrolments = table.Column<int>(type: "integer", nullable: false),
                    OpenAlerts = table.Column<int>(type: "integer", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_fund_position", x => x.InstitutionId);
                });

            migrationBuilder.CreateTable(
                name: "training_ledger_entry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Reference = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_ledger_entry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_lesson_record",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaughtOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Lessons = table.Column<int>(type: "integer", nullable: false),
                    ValueFen = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DisputeNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_lesson_record", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_refund_request",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ByGuardian = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    BeforeStart = table.Column<bool>(type: "boolean", nullable: false),
                    CompletedLessons = table.Column<int>(type: "integer", nullable: false),
                    AnswerBy = table.Column<DateOnly>(type: "date", nullable: false),
                    PayBy = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AgreedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AgreedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PaidAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PaidEntryId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_refund_request", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_training_bank_statement_InstitutionId_ImportedAt",
                table: "training_bank_statement",
                columns: new[] { "InstitutionId", "ImportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_training_bank_statement_line_StatementId",
                table: "training_bank_statement_line",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_training_enrolment_GuardianPhoneLookup",
                table: "training_enrolment",
                column: "GuardianPhoneLookup");

            migrationBuilder.CreateIndex(
                name: "IX_training_enrolment_InstitutionId_Status",
                table: "training_enrolment",
                columns: new[] { "InstitutionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_training_fund_position_ShortfallFen",
                table: "training_fund_position",
                column: "ShortfallFen");

            migrationBuilder.CreateIndex(
                name: "IX_training_ledger_entry_EnrolmentId",
                table: "training_ledger_entry",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_training_ledger_entry_InstitutionId_Kind_Date",
                table: "training_ledger_entry",
                columns: new[] { "InstitutionId", "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_training_lesson_record_EnrolmentId",
                table: "training_lesson_record",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_training_lesson_record_InstitutionId_TaughtOn",
                table: "training_lesson_record",
                columns: new[] { "InstitutionId", "TaughtOn" });

            migrationBuilder.CreateIndex(
                name: "IX_training_lesson_record_Status_DueOn",
                table: "training_lesson_record",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_training_lesson_record_TokenHash",
                table: "training_lesson_record",
                column: "TokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_training_refund_request_EnrolmentId",
                table: "training_refund_request",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_training_refund_request_InstitutionId_Status",
                table: "training_refund_request",
                columns: new[] { "InstitutionId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "training_bank_statement");

            migrationBuilder.DropTable(
                name: "training_bank_statement_line");

            migrationBuilder.DropTable(
                name: "training_enrolment");

            migrationBuilder.DropTable(
                name: "training_fund_position");

            migrationBuilder.DropTable(
                name: "training_ledger_entry");

            migrationBuilder.DropTable(
                name: "training_lesson_record");

            migrationBuilder.DropTable(
                name: "training_refund_request");
        }
    }
}
