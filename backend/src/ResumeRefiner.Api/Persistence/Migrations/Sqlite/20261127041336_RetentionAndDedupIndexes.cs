using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeRefiner.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RetentionAndDedupIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Resumes_UpdatedAt",
                table: "Resumes",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Resumes_WorkspaceId_Sha256",
                table: "Resumes",
                columns: new[] { "WorkspaceId", "Sha256" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Resumes_UpdatedAt",
                table: "Resumes");

            migrationBuilder.DropIndex(
                name: "IX_Resumes_WorkspaceId_Sha256",
                table: "Resumes");
        }
    }
}
