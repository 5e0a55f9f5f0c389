using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Antq.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventClosedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "events",
                type: "timestamp with time zone",
                nullable: true);

            // Events closed before this column existed: their last change is the best record of when they closed.
            migrationBuilder.Sql("UPDATE events SET closed_at = updated_at WHERE status IN ('Completed', 'Cancelled');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "events");
        }
    }
}
