using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeRefiner.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScopedAiReplyCache : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Earlier replies belong to no workspace and could be served across workspaces: they go.
            migrationBuilder.Sql("DELETE FROM \"AiReplyCache\";");

            migrationBuilder.AddColumn<Guid>(
                name: "ResumeId",
                table: "AiReplyCache",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "WorkspaceId",
                table: "AiReplyCache",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_AiReplyCache_ResumeId",
                table: "AiReplyCache",
                column: "ResumeId");

            migrationBuilder.AddForeignKey(
                name: "FK_AiReplyCache_Resumes_ResumeId",
                table: "AiReplyCache",
                column: "ResumeId",
                principalTable: "Resumes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AiReplyCache_Resumes_ResumeId",
                table: "AiReplyCache");

            migrationBuilder.DropIndex(
                name: "IX_AiReplyCache_ResumeId",
                table: "AiReplyCache");

            migrationBuilder.DropColumn(
                name: "ResumeId",
                table: "AiReplyCache");

            migrationBuilder.DropColumn(
                name: "WorkspaceId",
                table: "AiReplyCache");
        }
    }
}
