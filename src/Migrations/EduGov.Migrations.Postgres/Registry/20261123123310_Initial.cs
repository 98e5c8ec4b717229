using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Postgres.Registry
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registry_bureau",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_bureau", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_department",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Duties = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_department", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_education_group",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LeadSchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    FoundedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_education_group", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_region",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_region", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "registry_school_zone",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_school_zone", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_school",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Ownership = table.Column<int>(type: "integer", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: true),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    Principal = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FoundedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_school", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_school_registry_education_group_GroupId",
                        column: x => x.GroupId,
                        principalTable: "registry_education_group",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registry_school_registry_school_zone_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "registry_school_zone",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_campus",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    IsMain = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_campus", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_campus_registry_school_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "registry_school",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_staff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentType = table.Column<int>(type: "integer", nullable: false),
                    IdNumberCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdNumberLookup = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PhoneMasked = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Education = table.Column<int>(type: "integer", nullable: false),
                    TeacherQualification = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<int>(type: "integer", nullable: false),
                    KeyTeacherLevel = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    EmploymentStatus = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_staff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_staff_registry_school_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "registry_school",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_school_class",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampusId = table.Column<Guid>(type: "uuid", nullable: true),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    EntryYear = table.Column<int>(type: "integer", nullable: false),
                    ClassSizeCap = table.Column<int>(type: "integer", nullable: false),
                    HeadTeacher = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_school_class", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_school_class_registry_campus_CampusId",
                        column: x => x.CampusId,
                        principalTable: "registry_campus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registry_school_class_registry_school_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "registry_school",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_staff_event",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OldValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NewValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_staff_event", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_staff_event_registry_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "registry_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_student",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentType = table.Column<int>(type: "integer", nullable: false),
                    IdNumberCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdNumberLookup = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    NationalStudentNumberMasked = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    NationalStudentNumberCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HukouRegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    HomeAddressCipher = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    HomeAddressMasked = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClassId = table.Column<Guid>(type: "uuid", nullable: true),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    EnrolledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_student", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_student_registry_school_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "registry_school",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registry_student_registry_school_class_ClassId",
                        column: x => x.ClassId,
                        principalTable: "registry_school_class",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_guardian",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Relation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PhoneLookup = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PhoneMasked = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_guardian", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_guardian_registry_student_StudentId",
                        column: x => x.StudentId,
                        principalTable: "registry_student",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_record_change",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FromSchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToSchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    ToClassId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_record_change", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_record_change_registry_student_StudentId",
                        column: x => x.StudentId,
                        principalTable: "registry_student",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registry_campus_SchoolId",
                table: "registry_campus",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_education_group_Name",
                table: "registry_education_group",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_guardian_PhoneLookup",
                table: "registry_guardian",
                column: "PhoneLookup");

            migrationBuilder.CreateIndex(
                name: "IX_registry_guardian_StudentId",
                table: "registry_guardian",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_record_change_Status_FromSchoolId",
                table: "registry_record_change",
                columns: new[] { "Status", "FromSchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_record_change_StudentId_RequestedAt",
                table: "registry_record_change",
                columns: new[] { "StudentId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_school_Code",
                table: "registry_school",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_school_GroupId",
                table: "registry_school",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_school_Name",
                table: "registry_school",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_registry_school_ZoneId",
                table: "registry_school",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_school_class_CampusId",
                table: "registry_school_class",
                column: "CampusId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_school_class_SchoolId_Grade_Number",
                table: "registry_school_class",
                columns: new[] { "SchoolId", "Grade", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_school_zone_Name",
                table: "registry_school_zone",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_staff_IdNumberLookup",
                table: "registry_staff",
                column: "IdNumberLookup",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_staff_Name",
                table: "registry_staff",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_registry_staff_SchoolId_Name",
                table: "registry_staff",
                columns: new[] { "SchoolId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_staff_event_StaffId_EffectiveOn",
                table: "registry_staff_event",
                columns: new[] { "StaffId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_student_ClassId",
                table: "registry_student",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_student_IdNumberLookup",
                table: "registry_student",
                column: "IdNumberLookup",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_student_Name",
                table: "registry_student",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_registry_student_SchoolId_Grade_Name",
                table: "registry_student",
                columns: new[] { "SchoolId", "Grade", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_bureau");

            migrationBuilder.DropTable(
                name: "registry_department");

            migrationBuilder.DropTable(
                name: "registry_guardian");

            migrationBuilder.DropTable(
                name: "registry_record_change");

            migrationBuilder.DropTable(
                name: "registry_region");

            migrationBuilder.DropTable(
                name: "registry_staff_event");

            migrationBuilder.DropTable(
                name: "registry_student");

            migrationBuilder.DropTable(
                name: "registry_staff");

            migrationBuilder.DropTable(
                name: "registry_school_class");

            migrationBuilder.DropTable(
                name: "registry_campus");

            migrationBuilder.DropTable(
                name: "registry_school");

            migrationBuilder.DropTable(
                name: "registry_education_group");

            migrationBuilder.DropTable(
                name: "registry_school_zone");
        }
    }
}
