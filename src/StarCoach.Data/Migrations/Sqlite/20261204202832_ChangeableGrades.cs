using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StarCoach.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChangeableGrades : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CardBeforeJson",
                table: "practice_attempts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedAt",
                table: "practice_attempts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SuggestedGrade",
                table: "practice_attempts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CardBeforeJson",
                table: "practice_attempts");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "practice_attempts");

            migrationBuilder.DropColumn(
                name: "SuggestedGrade",
                table: "practice_attempts");
        }
    }
}
