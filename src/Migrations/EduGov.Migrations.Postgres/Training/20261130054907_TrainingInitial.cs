using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Postgres.Training
{
    /// <inheritdoc />
    public partial class TrainingInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "training_calendar_day",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    IsWorkingDay = table.Column<bool>(type: "boolean", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_calendar_day", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_course",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Grades = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LessonPriceFen = table.Column<long>(type: "bigint", nullable: false),
                    LessonMinutes = table.Column<int>(type: "integer", nullable: false),
                    TotalLessons = table.Column<int>(type: "integer", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RefundPolicy = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_course", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_fund_account",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    BankName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AccountName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AccountNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BankBalanceFen = table.Column<long>(type: "bigint", nullable: false),
                    BankBalanceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_fund_account", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_institution_staff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdNumberLookup = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Teaches = table.Column<bool>(type: "boolean", nullable: false),
                    Subjects = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TeacherQualificationNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    HiredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_institution_staff", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_risk_alert",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HandledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    HandlingNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_risk_alert", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_school_permit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Scope = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_school_permit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_training_institution",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    LegalPerson = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ContactPerson = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ContactPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: true),
                    ZoneName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    ForProfit = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Website = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Introduction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreditScore = table.Column<int>(type: "integer", nullable: false),
                    CreditGrade = table.Column<int>(type: "integer", nullable: false),
                    Card = table.Column<int>(type: "integer", nullable: false),
                    List = table.Column<int>(type: "integer", nullable: false),
                    CreditUpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_training_institution", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_training_rule",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    SourceDocument = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_training_rule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_venue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AreaM2 = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_venue", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_training_calendar_day_Date",
                table: "training_calendar_day",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_course_InstitutionId",
                table: "training_course",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_training_fund_account_InstitutionId_Kind",
                table: "training_fund_account",
                columns: new[] { "InstitutionId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_training_institution_staff_IdNumberLookup",
                table: "training_institution_staff",
                column: "IdNumberLookup");

            migrationBuilder.CreateIndex(
                name: "IX_training_institution_staff_InstitutionId",
                table: "training_institution_staff",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_training_risk_alert_InstitutionId_Key_Status",
                table: "training_risk_alert",
                columns: new[] { "InstitutionId", "Key", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_training_risk_alert_Status_Kind",
                table: "training_risk_alert",
                columns: new[] { "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_training_school_permit_InstitutionId_Status",
                table: "training_school_permit",
                columns: new[] { "InstitutionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_training_school_permit_Number",
                table: "training_school_permit",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_training_training_institution_CreditCode",
                table: "training_training_institution",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_training_institution_Name",
                table: "training_training_institution",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_training_training_institution_Status_CreditGrade",
                table: "training_training_institution",
                columns: new[] { "Status", "CreditGrade" });

            migrationBuilder.CreateIndex(
                name: "IX_training_training_rule_Key_EffectiveFrom",
                table: "training_training_rule",
                columns: new[] { "Key", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_training_venue_InstitutionId",
                table: "training_venue",
                column: "InstitutionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "training_calendar_day");

            migrationBuilder.DropTable(
                name: "training_course");

            migrationBuilder.DropTable(
                name: "training_fund_account");

            migrationBuilder.DropTable(
                name: "training_institution_staff");

            migrationBuilder.DropTable(
                name: "training_risk_alert");

            migrationBuilder.DropTable(
                name: "training_school_permit");

            migrationBuilder.DropTable(
                name: "training_training_institution");

            migrationBuilder.DropTable(
                name: "training_training_rule");

            migrationBuilder.DropTable(
                name: "training_venue");
        }
    }
}
