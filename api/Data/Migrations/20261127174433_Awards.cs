using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Antq.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Awards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "awards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    form = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    issuer_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: true),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    citation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: true),
                    presented_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    presented_on = table.Column<DateOnly>(type: "date", nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    revocation_decision_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    revocation_decision_date = table.Column<DateOnly>(type: "date", nullable: true),
                    revocation_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    search_text = table.Column<string>(type: "text", nullable: false, computedColumnSql: "antq_fold(coalesce(citation, '') || ' ' || coalesce(decision_number, '') || ' ' || coalesce(notes, ''))", stored: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_awards", x => x.id);
                    table.ForeignKey(
                        name: "fk_awards_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_awards_participants_presented_by_id",
                        column: x => x.presented_by_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_awards_participants_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_awards_units_issuer_unit_id",
                        column: x => x.issuer_unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            // A decision number is unique per issuer and year (the handler says so first, in words; this holds under races).
            migrationBuilder.Sql(
                "CREATE UNIQUE INDEX ux_awards_issuer_decision_year ON awards " +
                "(issuer_unit_id, replace(antq_fold(decision_number), ' ', ''), (date_part('year', decision_date))) " +
                "WHERE decision_number IS NOT NULL AND decision_date IS NOT NULL;");

            // Not twice for the same achievement (same recipient, form, issuer, citation as folded, year), revoked ones aside.
            migrationBuilder.Sql(
                "CREATE UNIQUE INDEX ux_awards_same_achievement ON awards " +
                "(recipient_id, form, issuer_unit_id, replace(antq_fold(citation), ' ', ''), " +
                "(coalesce(date_part('year', decision_date), date_part('year', presented_on)))) WHERE status <> 'Revoked';");

            migrationBuilder.CreateIndex(
                name: "ix_awards_decision_date",
                table: "awards",
                column: "decision_date");

            migrationBuilder.CreateIndex(
                name: "ix_awards_event_id",
                table: "awards",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_issuer_unit_id",
                table: "awards",
                column: "issuer_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_presented_by_id",
                table: "awards",
                column: "presented_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_recipient_id",
                table: "awards",
                column: "recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_search_text",
                table: "awards",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "awards");
        }
    }
}
