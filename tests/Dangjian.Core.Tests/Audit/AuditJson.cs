using System.Text.Json;
using Dangjian.Core.Audit;

namespace Dangjian.Core.Tests.Audit;

public static class AuditJson
{
    public static JsonElement Field(AuditEntry entry, string name) =>
        JsonDocument.Parse(entry.Details!).RootElement.GetProperty(name);

    public static string? Before(AuditEntry e, string name) => Field(e, name).GetProperty("before").GetString();
    public static string? After(AuditEntry e, string name) => Field(e, name).GetProperty("after").GetString();
}
