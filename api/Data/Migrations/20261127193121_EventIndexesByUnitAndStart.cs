using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Antq.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventIndexesByUnitAndStart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_host_unit_id",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_organizer_unit_id",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "ix_events_host_unit_id_starts_at",
                table: "events",
                columns: new[] { "host_unit_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_events_organizer_unit_id_starts_at",
                table: "events",
                columns: new[] { "organizer_unit_id", "starts_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_host_unit_id_starts_at",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_organizer_unit_id_starts_at",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "ix_events_host_unit_id",
                table: "events",
                column: "host_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_organizer_unit_id",
                table: "events",
                column: "organizer_unit_id");
        }
    }
}
