using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Antq.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class SessionsAndUnitReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "must_change_password",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "api_key_units",
                columns: table => new
                {
                    api_key_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_key_units", x => new { x.api_key_id, x.unit_id });
                    table.ForeignKey(
                        name: "fk_api_key_units_api_keys_api_key_id",
                        column: x => x.api_key_id,
                        principalTable: "api_keys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_api_key_units_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "refresh_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    family_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_refresh_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_refresh_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_units",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_units", x => new { x.user_id, x.unit_id });
                    table.ForeignKey(
                        name: "fk_user_units_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_units_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_key_units_unit_id",
                table: "api_key_units",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_refresh_tokens_family_id",
                table: "refresh_tokens",
                column: "family_id");

            migrationBuilder.CreateIndex(
                name: "ix_refresh_tokens_user_id",
                table: "refresh_tokens",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_units_unit_id",
                table: "user_units",
                column: "unit_id");

            // Carry the arrays over; ids of units that no longer exist were never real references and are dropped.
            migrationBuilder.Sql("""
                INSERT INTO user_units (user_id, unit_id)
                SELECT DISTINCT u.id, x.unit_id FROM "AspNetUsers" u CROSS JOIN LATERAL unnest(u.unit_ids) AS x(unit_id)
                WHERE EXISTS (SELECT 1 FROM units WHERE units.id = x.unit_id);
                INSERT INTO api_key_units (api_key_id, unit_id)
                SELECT DISTINCT k.id, x.unit_id FROM api_keys k CROSS JOIN LATERAL unnest(k.unit_ids) AS x(unit_id)
                WHERE EXISTS (SELECT 1 FROM units WHERE units.id = x.unit_id);
                -- A key limited to units that all no longer exist would otherwise become a key limited to nothing, which
                -- means unlimited: revoke it instead (it could write nowhere before).
                UPDATE api_keys k SET revoked_at = now()
                WHERE k.revoked_at IS NULL AND cardinality(k.unit_ids) > 0
                  AND NOT EXISTS (SELECT 1 FROM api_key_units ku WHERE ku.api_key_id = k.id);
                """);

            migrationBuilder.DropColumn(
                name: "unit_ids",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "unit_ids",
                table: "api_keys");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "unit_ids",
                table: "AspNetUsers",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<Guid>>(
                name: "unit_ids",
                table: "api_keys",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.Sql("""
                UPDATE "AspNetUsers" u SET unit_ids = ARRAY(SELECT unit_id FROM user_units WHERE user_id = u.id);
                UPDATE api_keys k SET unit_ids = ARRAY(SELECT unit_id FROM api_key_units WHERE api_key_id = k.id);
                """);

            migrationBuilder.DropTable(
                name: "api_key_units");

            migrationBuilder.DropTable(
                name: "refresh_tokens");

            migrationBuilder.DropTable(
                name: "user_units");

            migrationBuilder.DropColumn(
                name: "must_change_password",
                table: "AspNetUsers");
        }
    }
}
