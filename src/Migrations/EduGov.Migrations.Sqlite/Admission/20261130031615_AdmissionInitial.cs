using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Sqlite.Admission
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicySource = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CohortFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CohortTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApplicationOpens = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApplicationCloses = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VerificationCloses = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DrawOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResultsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AppealsClose = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PrivateChoices = table.Column<int>(type: "INTEGER", nullable: false),
                    ClassCap = table.Column<int>(type: "INTEGER", nullable: false),
                    Mechanism = table.Column<int>(type: "INTEGER", nullable: false),
                    TieBreak = table.Column<int>(type: "INTEGER", nullable: false),
                    OneAddressRule = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddressReuseYears = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidencePointsStandard = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderBySeniority = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ManifestSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FrozenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublicDraw = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Dice = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Seed = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_admission_round", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_appeal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_appeal", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_application",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IdNumberCipher = table.Column<string>(type: "TEXT", nullable: false),
                    IdNumberLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    GuardianName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    GuardianPhoneCipher = table.Column<string>(type: "TEXT", nullable: false),
                    GuardianPhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LocalHukou = table.Column<bool>(type: "INTEGER", nullable: false),
                    HukouAddressCipher = table.Column<string>(type: "TEXT", nullable: false),
                    HukouAddressMasked = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    HukouSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HukouRelation = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnsProperty = table.Column<bool>(type: "INTEGER", nullable: false),
                    PropertyAddressCipher = table.Column<string>(type: "TEXT", nullable: false),
                    PropertyAddressMasked = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PropertySince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PropertyRelation = table.Column<int>(type: "INTEGER", nullable: false),
                    LivingAddressCipher = table.Column<string>(type: "TEXT", nullable: false),
                    LivingAddressMasked = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    HasResidencePermit = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResidencePoints = table.Column<int>(type: "INTEGER", nullable: true),
                    AddressLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CatchmentSchoolId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CategoryOrder = table.Column<int>(type: "INTEGER", nullable: true),
                    CategoryName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CategoryReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RegistryFlag = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AssignedOfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LotteryNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OfferedSchoolId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OfferRoute = table.Column<int>(type: "INTEGER", nullable: true),
                    OfferReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BulkEntered = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_application", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_application_document",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_application_document", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_application_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_application_step", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_birth_count",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortYear = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Births = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_birth_count", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_catchment_rule",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Street = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FromNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    ToNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    Parity = table.Column<int>(type: "INTEGER", nullable: false),
                    Estate = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_catchment_rule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_grade_enrolment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    Pupils = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_grade_enrolment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_one_time_code",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhoneLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Used = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_one_time_code", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_parent_account",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", nullable: false),
                    PhoneLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSignInAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_parent_account", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_policy_revision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_policy_revision", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_seat_plan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlannedClasses = table.Column<int>(type: "INTEGER", nullable: false),
                    ClassCap = table.Column<int>(type: "INTEGER", nullable: false),
                    SeatsOverride = table.Column<int>(type: "INTEGER", nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_seat_plan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admission_priority_category",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HukouInCatchment = table.Column<bool>(type: "INTEGER", nullable: false),
                    PropertyInCatchment = table.Column<bool>(type: "INTEGER", nullable: false),
                    SameAddress = table.Column<bool>(type: "INTEGER", nullable: false),
                    LinealHolder = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddressUnused = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResidencePermit = table.Column<bool>(type: "INTEGER", nullable: false),
                    PointsAtStandard = table.Column<bool>(type: "INTEGER", nullable: false),
                    LivingInCatchment = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_priority_category", x => x.Id);
                    table.ForeignKey(
                        name: "FK_admission_priority_category_admission_admission_round_RoundId",
                        column: x => x.RoundId,
                        principalTable: "admission_admission_round",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "admission_application_choice",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admission_application_choice", x => x.Id);
                    table.ForeignKey(
                        name: "FK_admission_application_choice_admission_application_ApplicationId",
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
