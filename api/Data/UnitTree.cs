using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Data;

/// <summary>Queries over the tree of units.</summary>
public static class UnitTree
{
    /// <summary>The units given and every unit below them, at any depth (one recursive query).</summary>
    public static IQueryable<Guid> WithDescendants(this AntqDbContext db, Guid[] roots) =>
        db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE tree(id) AS (
                SELECT id FROM units WHERE id = ANY({roots})
                UNION
                SELECT u.id FROM units u JOIN tree t ON u.parent_id = t.id
            )
            SELECT id AS "Value" FROM tree
            """);
}
