using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeRefiner.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AiJobRetries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "AiJobs",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NotBefore",
                table: "AiJobs",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastError",
                table: "AiJobs");

            migrationBuilder.DropColumn(
                name: "NotBefore",
                table: "AiJobs");
        }
    }
}
