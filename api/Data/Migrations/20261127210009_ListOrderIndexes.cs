using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Antq.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_starts_at",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "ix_participants_full_name_id",
                table: "participants",
                columns: new[] { "full_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_events_starts_at_id",
                table: "events",
                columns: new[] { "starts_at", "id" },
                descending: new[] { true, false });

            // The awards list's default order: latest decision first (undecided proposals last), then id.
            migrationBuilder.Sql("CREATE INDEX ix_awards_list_order ON awards ((coalesce(decision_date, DATE '0001-01-01')) DESC, id);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_awards_list_order;");
            migrationBuilder.DropIndex(
                name: "ix_participants_full_name_id",
                table: "participants");

            migrationBuilder.DropIndex(
                name: "ix_events_starts_at_id",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "ix_events_starts_at",
                table: "events",
                column: "starts_at");
        }
    }
}
