using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeRefiner.Api.Persistence.Migrations.Postgres
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
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NotBefore",
                table: "AiJobs",
                type: "timestamp with time zone",
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
