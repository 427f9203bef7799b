using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dangjian.Core.Audit;

/// <summary>
/// The Create entry <see cref="AuditInterceptor"/> would write for an entity, for rows inserted without the change tracker
/// (<see cref="Imports.EntityInsert{T}"/>): the same target type and id, the same details read from the entity's values
/// (a generated key is left out, as the tracker holds it as temporary until the row is saved).
/// </summary>
internal static class AuditCreated
{
    /// <summary>Call once the row is inserted, so its generated key is known.</summary>
    public static AuditRecord Of(DbContext db, object entity)
    {
        var type = db.Model.FindEntityType(entity.GetType())!;
        var key = type.FindPrimaryKey()!;
        var generated = key.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } k] ? k : null;
        var id = string.Join(",", key.Properties.Select(p => AuditValues.Format(p.GetGetter().GetClrValue(entity))));
        return new AuditRecord(AuditAction.Create, type.ShortName(), id, AuditResult.Success, AuditDetails.OfCreated(type, entity, generated));
    }
}
