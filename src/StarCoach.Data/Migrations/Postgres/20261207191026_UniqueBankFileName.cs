using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StarCoach.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UniqueBankFileName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_banks_OwnerId_SourceFileName",
                table: "banks");

            // One bank per owner and file name from now on. Banks made twice from one file before (racing uploads) keep
            // the newest under the name; the older ones get their id's first characters added, so nothing is lost.
            migrationBuilder.Sql("""
                UPDATE banks SET "SourceFileName" = substr("SourceFileName", 1, 289) || ' (' || substr("Id"::text, 1, 8) || ')'
                WHERE EXISTS (SELECT 1 FROM banks AS newer WHERE newer."OwnerId" = banks."OwnerId" AND newer."SourceFileName" = banks."SourceFileName"
                  AND (newer."UpdatedAt" > banks."UpdatedAt" OR (newer."UpdatedAt" = banks."UpdatedAt" AND newer."Id" > banks."Id")));
                """);

            migrationBuilder.CreateIndex(
                name: "IX_banks_OwnerId_SourceFileName",
                table: "banks",
                columns: new[] { "OwnerId", "SourceFileName" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_banks_OwnerId_SourceFileName",
                table: "banks");

            migrationBuilder.CreateIndex(
                name: "IX_banks_OwnerId_SourceFileName",
                table: "banks",
                columns: new[] { "OwnerId", "SourceFileName" });
        }
    }
}
