using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Postgres.Admission
{
    /// <inheritdoc />
    public partial class AdmissionInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "admission_admission_round",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PolicyVersion = table.Column<int>(type: "integer", nullable: false),
                    PolicySource = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CohortFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    CohortTo = table.Column<DateOnly>(type: "date", nullable: false),
                    ApplicationOpens = table.Column<DateOnly>(type: "date", nullable: false),
                    ApplicationCloses = table.Column<DateOnly>(type: "date", nullable: false),
                    VerificationCloses = table.Column<DateOnly>(type: "date", nullable: false),
                    DrawOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResultsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AppealsClose = table.Column<DateOnly>(type: "date", nullable: false),
                    PrivateChoices = table.Column<int>(type: "integer", nullable: false),
                    ClassCap = table.Column<int>(type: "integer", nullable: false),
                    Mechanism = table.Column<int>(type: "integer", nullable: false),
                    TieBreak = table.Column<int>(type: "integer", nullable: false),
                    OneAddressRule = table.Column<bool>(type: "boolean", nullable: false),
                    AddressReuseYears = table.Column<int>(type: "integer", nullable: false),
                    ResidencePointsStandard = table.Column<int>(type: "integer", nullable: false),
                    OrderBySeniority = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ManifestSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FrozenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublicDraw = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Dice = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Seed = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_admission_round", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_appeal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_appeal", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_application",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ChildName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IdNumberCipher = table.Column<string>(type: "text", nullable: false),
                    IdNumberLookup = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    GuardianName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    GuardianPhoneCipher = table.Column<string>(type: "text", nullable: false),
                    GuardianPhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LocalHukou = table.Column<bool>(type: "boolean", nullable: false),
                    HukouAddressCipher = table.Column<string>(type: "text", nullable: false),
                    HukouAddressMasked = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    HukouSince = table.Column<DateOnly>(type: "date", nullable: true),
                    HukouRelation = table.Column<int>(type: "integer", nullable: false),
                    OwnsProperty = table.Column<bool>(type: "boolean", nullable: false),
                    PropertyAddressCipher = table.Column<string>(type: "text", nullable: false),
                    PropertyAddressMasked = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PropertySince = table.Column<DateOnly>(type: "date", nullable: true),
                    PropertyRelation = table.Column<int>(type: "integer", nullable: false),
                    LivingAddressCipher = table.Column<string>(type: "text", nullable: false),
                    LivingAddressMasked = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    HasResidencePermit = table.Column<bool>(type: "boolean", nullable: false),
                    ResidencePoints = table.Column<int>(type: "integer", nullable: true),
                    AddressLookup = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CatchmentSchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    CategoryOrder = table.Column<int>(type: "integer", nullable: true),
                    CategoryName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CategoryReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RegistryFlag = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReturnReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AssignedOfficerId = table.Column<Guid>(type: "uuid", nullable: true),
                    LotteryNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OfferedSchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    OfferRoute = table.Column<int>(type: "integer", nullable: true),
                    OfferReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BulkEntered = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_application", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_application_document",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_application_document", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_application_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_application_step", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_birth_count",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortYear = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    Births = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_birth_count", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_catchment_rule",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Street = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FromNumber = table.Column<int>(type: "integer", nullable: true),
                    ToNumber = table.Column<int>(type: "integer", nullable: true),
                    Parity = table.Column<int>(type: "integer", nullable: false),
                    Estate = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_catchment_rule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_grade_enrolment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Pupils = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_grade_enrolment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_one_time_code",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PhoneLookup = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Used = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_one_time_code", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_parent_account",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PhoneCipher = table.Column<string>(type: "text", nullable: false),
                    PhoneLookup = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSignInAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_parent_account", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_policy_revision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_policy_revision", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_seat_plan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlannedClasses = table.Column<int>(type: "integer", nullable: false),
                    ClassCap = table.Column<int>(type: "integer", nullable: false),
                    SeatsOverride = table.Column<int>(type: "integer", nullable: true),
                    OverrideReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_seat_plan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_priority_category",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HukouInCatchment = table.Column<bool>(type: "boolean", nullable: false),
                    PropertyInCatchment = table.Column<bool>(type: "boolean", nullable: false),
                    SameAddress = table.Column<bool>(type: "boolean", nullable: false),
                    LinealHolder = table.Column<bool>(type: "boolean", nullable: false),
                    AddressUnused = table.Column<bool>(type: "boolean", nullable: false),
                    ResidencePermit = table.Column<bool>(type: "boolean", nullable: false),
                    PointsAtStandard = table.Column<bool>(type: "boolean", nullable: false),
                    LivingInCatchment = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_priority_category", x => x.Id);
                    table.ForeignKey(
                        name: "FK_admission_priority_category_admission_admission_round_Round~",
                        column: x => x.RoundId,
                        principalTable: "admission_admission_round",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "admission_application_choice",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_application_choice", x => x.Id);
                    table.ForeignKey(
                        name: "FK_admission_application_choice_admission_application_Applicat~",
                        column: x => x.ApplicationId,
                        principalTable: "admission_application",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_admission_admission_round_Year_Stage",
                table: "admission_admission_round",
                columns: new[] { "Year", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_admission_appeal_ApplicationId",
                table: "admission_appeal",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_admission_application_AddressLookup",
                table: "admission_application",
                column: "AddressLookup");

            migrationBuilder.CreateIndex(
                name: "IX_admission_application_ParentId",
                table: "admission_application",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_admission_application_RoundId_CatchmentSchoolId",
                table: "admission_application",
                columns: new[] { "RoundId", "CatchmentSchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_admission_application_RoundId_IdNumberLookup",
                table: "admission_application",
                columns: new[] { "RoundId", "IdNumberLookup" });

            migrationBuilder.CreateIndex(
                name: "IX_admission_application_RoundId_Number",
                table: "admission_application",
                columns: new[] { "RoundId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_admission_application_RoundId_Status",
                table: "admission_application",
                columns: new[] { "RoundId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_admission_application_choice_ApplicationId_Rank",
                table: "admission_application_choice",
                columns: new[] { "ApplicationId", "Rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_admission_application_choice_SchoolId",
                table: "admission_application_choice",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_admission_application_document_ApplicationId",
                table: "admission_application_document",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_admission_application_step_ApplicationId",
                table: "admission_application_step",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_admission_birth_count_CohortYear_SchoolId",
                table: "admission_birth_count",
                columns: new[] { "CohortYear", "SchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_admission_catchment_rule_SchoolId",
                table: "admission_catchment_rule",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_admission_grade_enrolment_Year_SchoolId_Grade",
                table: "admission_grade_enrolment",
                columns: new[] { "Year", "SchoolId", "Grade" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_admission_one_time_code_PhoneLookup_CreatedAt",
                table: "admission_one_time_code",
                columns: new[] { "PhoneLookup", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_admission_parent_account_PhoneLookup",
                table: "admission_parent_account",
                column: "PhoneLookup",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_admission_policy_revision_RoundId_Version",
                table: "admission_policy_revision",
                columns: new[] { "RoundId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_admission_priority_category_RoundId_Order",
                table: "admission_priority_category",
                columns: new[] { "RoundId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_admission_seat_plan_RoundId_SchoolId",
                table: "admission_seat_plan",
                columns: new[] { "RoundId", "SchoolId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "admission_appeal");

            migrationBuilder.DropTable(
                name: "admission_application_choice");

            migrationBuilder.DropTable(
                name: "admission_application_document");

            migrationBuilder.DropTable(
                name: "admission_application_step");

            migrationBuilder.DropTable(
                name: "admission_birth_count");

            migrationBuilder.DropTable(
                name: "admission_catchment_rule");

            migrationBuilder.DropTable(
                name: "admission_grade_enrolment");

            migrationBuilder.DropTable(
                name: "admission_one_time_code");

            migrationBuilder.DropTable(
                name: "admission_parent_account");

            migrationBuilder.DropTable(
                name: "admission_policy_revision");

            migrationBuilder.DropTable(
                name: "admission_priority_category");

            migrationBuilder.DropTable(
                name: "admission_seat_plan");

            migrationBuilder.DropTable(
                name: "admission_application");

            migrationBuilder.DropTable(
                name: "admission_admission_round");
        }
    }
}
