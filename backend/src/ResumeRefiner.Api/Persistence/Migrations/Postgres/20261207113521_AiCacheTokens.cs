using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeRefiner.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AiCacheTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CacheReadTokens",
                table: "AiUsage",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CacheWriteTokens",
                table: "AiUsage",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReplyMode",
                table: "AiUsage",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CacheReadTokens",
                table: "AiJobs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CacheWriteTokens",
                table: "AiJobs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReplyMode",
                table: "AiJobs",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CacheReadTokens",
                table: "AiUsage");

            migrationBuilder.DropColumn(
                name: "CacheWriteTokens",
                table: "AiUsage");

            migrationBuilder.DropColumn(
                name: "ReplyMode",
                table: "AiUsage");

            migrationBuilder.DropColumn(
                name: "CacheReadTokens",
                table: "AiJobs");

            migrationBuilder.DropColumn(
                name: "CacheWriteTokens",
                table: "AiJobs");

            migrationBuilder.DropColumn(
                name: "ReplyMode",
                table: "AiJobs");
        }
    }
}
