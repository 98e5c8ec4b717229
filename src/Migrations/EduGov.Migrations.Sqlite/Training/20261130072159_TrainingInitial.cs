using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Sqlite.Training
{
    /// <inheritdoc />
    public partial class TrainingInitial : Migration
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
                name: "training_bank_statement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountKind = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FromDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosingBalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    LineCount = table.Column<int>(type: "INTEGER", nullable: false),
                    MatchedLines = table.Column<int>(type: "INTEGER", nullable: false),
                    UnmatchedLines = table.Column<int>(type: "INTEGER", nullable: false),
                    UnmatchedEntries = table.Column<int>(type: "INTEGER", nullable: false),
                    LedgerBalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    BalanceDifferenceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ReconciledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_bank_statement", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_bank_statement_line",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RowNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Counterparty = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Memo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    MatchedEntryId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_bank_statement_line", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_calendar_day",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsWorkingDay = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_calendar_day", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_card_event",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_card_event", x => x.Id);
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
                name: "training_course",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Grades = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LessonPriceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    LessonMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalLessons = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RefundPolicy = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_course", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_credit_catalogue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_credit_catalogue", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_credit_item",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CatalogueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Standard = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    MaxPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    PointsPerInstance = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    GradeCap = table.Column<int>(type: "INTEGER", nullable: true),
                    DirectRed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_credit_item", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_credit_record",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Instances = table.Column<int>(type: "INTEGER", nullable: false),
                    PointsDeducted = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RepairableFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublicUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_credit_record", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_credit_repair_request",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_credit_repair_request", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_enforcement_officer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Areas = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Qualifications = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_enforcement_officer", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_enrolment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PupilName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    GuardianName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    GuardianPhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GuardianPhoneLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GuardianPhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Lessons = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CourseStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CoversUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CoveredMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_enrolment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_fund_account",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AccountName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AccountNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BankBalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    BankBalanceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_fund_account", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_fund_position",
                columns: table => new
                {
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaidFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ReleasedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RefundedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    UnconsumedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CustodyBalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ShortfallFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DepositRequiredFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DepositHeldFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ActiveEnrolments = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenAlerts = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_fund_position", x => x.InstitutionId);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_check",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_check", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_finding",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PointsPerInstance = table.Column<int>(type: "INTEGER", nullable: false),
                    Instances = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_finding", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_photo",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_photo", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_plan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Batch = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckItems = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RatioA = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    RatioB = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    RatioC = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    RatioD = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    RatioE = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    MinPerGrade = table.Column<int>(type: "INTEGER", nullable: false),
                    ExcludeRecent = table.Column<bool>(type: "INTEGER", nullable: false),
                    PreferArea = table.Column<bool>(type: "INTEGER", nullable: false),
                    TeamSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetsCsv = table.Column<string>(type: "TEXT", nullable: false),
                    InspectorsCsv = table.Column<string>(type: "TEXT", nullable: false),
                    ManifestSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FrozenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublicDraw = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Dice = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Seed = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DrawCsv = table.Column<string>(type: "TEXT", nullable: false),
                    DrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_plan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_plan_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_plan_step", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_target",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    InstitutionName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecentlyInspected = table.Column<bool>(type: "INTEGER", nullable: false),
                    LotteryNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Selected = table.Column<bool>(type: "INTEGER", nullable: false),
                    Excluded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_target", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_task",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    LotteryNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    HasFindings = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_task", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_inspection_team_member",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_inspection_team_member", x => x.Id);
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
                name: "training_institution_staff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdNumberLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Teaches = table.Column<bool>(type: "INTEGER", nullable: false),
                    Subjects = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TeacherQualificationNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    HiredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_institution_staff", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_ledger_entry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_ledger_entry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_lesson_record",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaughtOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Lessons = table.Column<int>(type: "INTEGER", nullable: false),
                    ValueFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DisputeNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_lesson_record", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "training_list_entry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    List = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EnteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LeftReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LeftBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_list_entry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_objection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_objection", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_officer_conflict",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_officer_conflict", x => x.Id);
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
                name: "training_rectification",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_rectification", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_rectification_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RectificationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_rectification_step", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "training_refund_request",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ByGuardian = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    BeforeStart = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompletedLessons = table.Column<int>(type: "INTEGER", nullable: false),
                    AnswerBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PayBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AgreedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PaidAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PaidEntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_refund_request", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_risk_alert",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HandledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    HandlingNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_risk_alert", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_school_permit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_school_permit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_training_institution",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    LegalPerson = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ZoneName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    ForProfit = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Website = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Introduction = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreditScore = table.Column<int>(type: "INTEGER", nullable: false),
                    CreditGrade = table.Column<int>(type: "INTEGER", nullable: false),
                    Card = table.Column<int>(type: "INTEGER", nullable: false),
                    List = table.Column<int>(type: "INTEGER", nullable: false),
                    CreditUpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_training_institution", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_training_rule",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_training_rule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_venue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AreaM2 = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_venue", x => x.Id);
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
                name: "IX_training_bank_statement_InstitutionId_ImportedAt",
                table: "training_bank_statement",
                columns: new[] { "InstitutionId", "ImportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_training_bank_statement_line_StatementId",
                table: "training_bank_statement_line",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_training_calendar_day_Date",
                table: "training_calendar_day",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_card_event_InstitutionId_At",
                table: "training_card_event",
                columns: new[] { "InstitutionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_training_change_request_InstitutionId",
                table: "training_change_request",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_training_change_request_Status_SubmittedAt",
                table: "training_change_request",
                columns: new[] { "Status", "SubmittedAt" });

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
                name: "IX_training_course_InstitutionId",
                table: "training_course",
                column: "InstitutionId");

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
                name: "IX_training_enforcement_officer_CertificateNumber",
                table: "training_enforcement_officer",
                column: "CertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_enforcement_officer_UserId",
                table: "training_enforcement_officer",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_training_enrolment_GuardianPhoneLookup",
                table: "training_enrolment",
                column: "GuardianPhoneLookup");

            migrationBuilder.CreateIndex(
                name: "IX_training_enrolment_InstitutionId_Status",
                table: "training_enrolment",
                columns: new[] { "InstitutionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_training_fund_account_InstitutionId_Kind",
                table: "training_fund_account",
                columns: new[] { "InstitutionId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_training_fund_position_ShortfallFen",
                table: "training_fund_position",
                column: "ShortfallFen");

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
                name: "IX_training_institution_staff_IdNumberLookup",
                table: "training_institution_staff",
                column: "IdNumberLookup");

            migrationBuilder.CreateIndex(
                name: "IX_training_institution_staff_InstitutionId",
                table: "training_institution_staff",
                column: "InstitutionId");

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

            migrationBuilder.CreateIndex(
                name: "IX_training_officer_conflict_OfficerId_InstitutionId",
                table: "training_officer_conflict",
                columns: new[] { "OfficerId", "InstitutionId" });

            migrationBuilder.CreateIndex(
                name: "IX_training_penalty_DecidedOn",
                table: "training_penalty",
                column: "DecidedOn");

            migrationBuilder.CreateIndex(
                name: "IX_training_penalty_InstitutionId_DecidedOn",
                table: "training_penalty",
                columns: new[] { "InstitutionId", "DecidedOn" });

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

            migrationBuilder.CreateIndex(
                name: "IX_training_refund_request_EnrolmentId",
                table: "training_refund_request",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_training_refund_request_InstitutionId_Status",
                table: "training_refund_request",
                columns: new[] { "InstitutionId", "Status" });

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
                name: "training_annual_review");

            migrationBuilder.DropTable(
                name: "training_bank_statement");

            migrationBuilder.DropTable(
                name: "training_bank_statement_line");

            migrationBuilder.DropTable(
                name: "training_calendar_day");

            migrationBuilder.DropTable(
                name: "training_card_event");

            migrationBuilder.DropTable(
                name: "training_change_request");

            migrationBuilder.DropTable(
                name: "training_complaint");

            migrationBuilder.DropTable(
                name: "training_complaint_photo");

            migrationBuilder.DropTable(
                name: "training_complaint_step");

            migrationBuilder.DropTable(
                name: "training_course");

            migrationBuilder.DropTable(
                name: "training_credit_catalogue");

            migrationBuilder.DropTable(
                name: "training_credit_item");

            migrationBuilder.DropTable(
                name: "training_credit_record");

            migrationBuilder.DropTable(
                name: "training_credit_repair_request");

            migrationBuilder.DropTable(
                name: "training_enforcement_officer");

            migrationBuilder.DropTable(
                name: "training_enrolment");

            migrationBuilder.DropTable(
                name: "training_fund_account");

            migrationBuilder.DropTable(
                name: "training_fund_position");

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
                name: "training_institution_document");

            migrationBuilder.DropTable(
                name: "training_institution_notice");

            migrationBuilder.DropTable(
                name: "training_institution_staff");

            migrationBuilder.DropTable(
                name: "training_ledger_entry");

            migrationBuilder.DropTable(
                name: "training_lesson_record");

            migrationBuilder.DropTable(
                name: "training_licence_application");

            migrationBuilder.DropTable(
                name: "training_licence_opinion");

            migrationBuilder.DropTable(
                name: "training_licence_step");

            migrationBuilder.DropTable(
                name: "training_list_entry");

            migrationBuilder.DropTable(
                name: "training_objection");

            migrationBuilder.DropTable(
                name: "training_officer_conflict");

            migrationBuilder.DropTable(
                name: "training_penalty");

            migrationBuilder.DropTable(
                name: "training_rectification");

            migrationBuilder.DropTable(
                name: "training_rectification_step");

            migrationBuilder.DropTable(
                name: "training_referral");

            migrationBuilder.DropTable(
                name: "training_referral_step");

            migrationBuilder.DropTable(
                name: "training_refund_request");

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
