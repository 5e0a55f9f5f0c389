using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Antq.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditRecordType : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "record_type",
                table: "audit_entries",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            // Entries written before commands declared their record type: the type follows from the command's name. The
            // log is append-only; this one-time fill of the new column is the only change it ever gets.
            migrationBuilder.Sql("""
                ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only;
                UPDATE audit_entries SET record_type = CASE
                    WHEN command IN ('CreateApiKeyCommand', 'RevokeApiKeyCommand') THEN 'ApiKey'
                    WHEN command IN ('CreateParticipantCommand', 'UpdateParticipantCommand', 'DeleteParticipantCommand') THEN 'Participant'
                    WHEN command IN ('CreateEventCommand', 'UpdateEventCommand', 'ChangeEventStatusCommand', 'DeleteEventCommand') THEN 'Event'
                    WHEN command IN ('CreateUnitCommand', 'UpdateUnitCommand', 'DeleteUnitCommand') THEN 'Unit'
                    WHEN command IN ('CreateUserCommand', 'UpdateUserCommand', 'ResetPasswordCommand', 'LoginCommand',
                                     'RefreshTokenCommand', 'ChangePasswordCommand', 'SignOutCommand') THEN 'User'
                END;
                ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "record_type",
                table: "audit_entries");
        }
    }
}
