using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StarCoach.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImportConfidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "questions",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reading",
                table: "questions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "answers",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "questions");

            migrationBuilder.DropColumn(
                name: "Reading",
                table: "questions");

            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "answers");
        }
    }
}
