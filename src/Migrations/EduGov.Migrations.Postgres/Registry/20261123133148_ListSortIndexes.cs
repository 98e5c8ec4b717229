using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EduGov.Migrations.Postgres.Registry
{
    /// <inheritdoc />
    public partial class ListSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_registry_student_Name",
                table: "registry_student");

            migrationBuilder.DropIndex(
                name: "IX_registry_staff_Name",
                table: "registry_staff");

            migrationBuilder.CreateIndex(
                name: "IX_registry_student_Grade_Name_Id",
                table: "registry_student",
                columns: new[] { "Grade", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_student_Name_Id",
                table: "registry_student",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_staff_Name_Id",
                table: "registry_staff",
                columns: new[] { "Name", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_registry_student_Grade_Name_Id",
                table: "registry_student");

            migrationBuilder.DropIndex(
                name: "IX_registry_student_Name_Id",
                table: "registry_student");

            migrationBuilder.DropIndex(
                name: "IX_registry_staff_Name_Id",
                table: "registry_staff");

            migrationBuilder.CreateIndex(
                name: "IX_registry_student_Name",
                table: "registry_student",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_registry_staff_Name",
                table: "registry_staff",
                column: "Name");
        }
    }
}
