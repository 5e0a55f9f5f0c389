using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Antq.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class DemoRemarksAsFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_placeholder",
                table: "participants",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "times_are_tentative",
                table: "events",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Demo data loaded before this migration kept these remarks inside the text: move them to the flags.
            migrationBuilder.Sql("""
                UPDATE events SET times_are_tentative = true, version = version + 1,
                    description = rtrim(replace(description, ' Giờ giấc là ví dụ: bài báo chỉ ghi "tối 14/8".', ''))
                WHERE id = '0190a1b2-0000-7000-8000-000000000101' AND description LIKE '%Giờ giấc là ví dụ%';
                UPDATE participants SET is_placeholder = true, version = version + 1,
                    full_name = replace(full_name, ' (chưa nêu tên)', ''),
                    notes = 'Bài báo không nêu tên người được khen.'
                WHERE id IN ('0190a1b2-0000-7000-8000-000000000210', '0190a1b2-0000-7000-8000-000000000211')
                  AND full_name LIKE '% (chưa nêu tên)' AND notes = 'Bài báo không nêu tên: bản ghi giữ chỗ, không phải người thật.';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_placeholder",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "times_are_tentative",
                table: "events");
        }
    }
}
