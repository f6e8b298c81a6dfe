using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeRefiner.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AiClientBudget : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientHash",
                table: "AiUsage",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClientHash",
                table: "AiJobs",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AiUsage_ClientHash_CreatedAt",
                table: "AiUsage",
                columns: new[] { "ClientHash", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AiUsage_CreatedAt",
                table: "AiUsage",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AiUsage_ClientHash_CreatedAt",
                table: "AiUsage");

            migrationBuilder.DropIndex(
                name: "IX_AiUsage_CreatedAt",
                table: "AiUsage");

            migrationBuilder.DropColumn(
                name: "ClientHash",
                table: "AiUsage");

            migrationBuilder.DropColumn(
                name: "ClientHash",
                table: "AiJobs");
        }
    }
}
