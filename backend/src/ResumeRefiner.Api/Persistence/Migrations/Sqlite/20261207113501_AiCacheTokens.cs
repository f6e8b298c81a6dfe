using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeRefiner.Api.Persistence.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CacheWriteTokens",
                table: "AiUsage",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReplyMode",
                table: "AiUsage",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CacheReadTokens",
                table: "AiJobs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CacheWriteTokens",
                table: "AiJobs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReplyMode",
                table: "AiJobs",
                type: "TEXT",
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
