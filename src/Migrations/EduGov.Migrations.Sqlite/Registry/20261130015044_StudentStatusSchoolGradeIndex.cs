using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Sqlite.Registry
{
    /// <inheritdoc />
    public partial class StudentStatusSchoolGradeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_registry_student_Status_SchoolId_Grade",
                table: "registry_student",
                columns: new[] { "Status", "SchoolId", "Grade" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_registry_student_Status_SchoolId_Grade",
                table: "registry_student");
        }
    }
}
