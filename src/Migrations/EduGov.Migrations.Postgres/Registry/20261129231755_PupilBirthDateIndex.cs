using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Postgres.Registry
{
    /// <inheritdoc />
    public partial class PupilBirthDateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_registry_student_BirthDate_Id",
                table: "registry_student",
                columns: new[] { "BirthDate", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_registry_student_BirthDate_Id",
                table: "registry_student");
        }
    }
}
