using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Antq.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initiatives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "initiatives",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi-VN-x-icu"),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    lead_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false, computedColumnSql: "antq_fold(coalesce(name, '') || ' ' || coalesce(description, ''))", stored: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiatives", x => x.id);
                    table.ForeignKey(
                        name: "fk_initiatives_units_lead_unit_id",
                        column: x => x.lead_unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    baseline = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    direction = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicators", x => x.id);
                    table.ForeignKey(
                        name: "fk_indicators_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "initiative_events",
                columns: table => new
                {
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiative_events", x => new { x.initiative_id, x.event_id });
                    table.ForeignKey(
                        name: "fk_initiative_events_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_initiative_events_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "initiative_partners",
                columns: table => new
                {
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiative_partners", x => new { x.initiative_id, x.unit_id });
                    table.ForeignKey(
                        name: "fk_initiative_partners_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_initiative_partners_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "measurements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    indicator_id = table.Column<Guid>(type: "uuid", nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    measured_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_measurements", x => x.id);
                    table.ForeignKey(
                        name: "fk_measurements_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_awards_initiative_id",
                table: "awards",
                column: "initiative_id");

            migrationBuilder.CreateIndex(
                name: "ix_indicators_initiative_id",
                table: "indicators",
                column: "initiative_id");

            migrationBuilder.CreateIndex(
                name: "ix_initiative_events_event_id",
                table: "initiative_events",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_initiative_partners_unit_id",
                table: "initiative_partners",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_lead_unit_id",
                table: "initiatives",
                column: "lead_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_search_text",
                table: "initiatives",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_status",
                table: "initiatives",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_measurements_indicator_id_measured_on",
                table: "measurements",
                columns: new[] { "indicator_id", "measured_on" },
                unique: true,
                descending: new[] { false, true });

            migrationBuilder.AddForeignKey(
                name: "fk_awards_initiatives_initiative_id",
                table: "awards",
                column: "initiative_id",
                principalTable: "initiatives",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // The progress formula, once: the indicator_progress view (the initiatives API) and the statistics query use it.
            // Higher is better: latest / target. Lower is better: (baseline − latest) / (baseline − target). Never below 0;
            // null without a value, a target, or (lower is better) a baseline.
            migrationBuilder.Sql("""
                CREATE FUNCTION antq_indicator_progress(direction text, target numeric, baseline numeric, latest numeric) RETURNS numeric
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT CASE
                        WHEN latest IS NULL OR target IS NULL THEN NULL
                        WHEN direction = 'HigherIsBetter' THEN CASE WHEN target > 0 THEN round(greatest(latest / target, 0), 4) END
                        WHEN baseline IS NOT NULL AND baseline <> target THEN round(greatest((baseline - latest) / (baseline - target), 0), 4)
                    END
                $$;
                """);
            // Each indicator's latest value, read through the (indicator_id, measured_on DESC) index.
            migrationBuilder.Sql("""
                CREATE VIEW indicator_progress AS
                SELECT i.id AS indicator_id, m.value AS latest_value, m.measured_on AS latest_measured_on,
                       antq_indicator_progress(i.direction, i.target, i.baseline, m.value) AS progress
                FROM indicators i
                LEFT JOIN LATERAL (
                    SELECT value, measured_on FROM measurements WHERE indicator_id = i.id ORDER BY measured_on DESC LIMIT 1
                ) m ON TRUE;
                """);
            // The statistics count an award in the year of its decision, else of its presentation.
            migrationBuilder.Sql("CREATE INDEX ix_awards_year_day ON awards ((coalesce(decision_date, presented_on)));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_awards_year_day;");
            migrationBuilder.Sql("DROP VIEW indicator_progress;");
            migrationBuilder.Sql("DROP FUNCTION antq_indicator_progress(text, numeric, numeric, numeric);");
            migrationBuilder.DropForeignKey(
                name: "fk_awards_initiatives_initiative_id",
                table: "awards");

            migrationBuilder.DropTable(
                name: "initiative_events");

            migrationBuilder.DropTable(
                name: "initiative_partners");

            migrationBuilder.DropTable(
                name: "measurements");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "initiatives");

            migrationBuilder.DropIndex(
                name: "ix_awards_initiative_id",
                table: "awards");
        }
    }
}
