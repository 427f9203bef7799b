using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dangjian.Core.Audit;

/// <summary>The JSON of changed fields, {"Field":{"before":…,"after":…}}, with sensitive values masked.</summary>
internal static class AuditDetails
{
    private const int MaxLength = AuditEntry.DetailsMaxLength;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Null when an update changed nothing.</summary>
    public static string? Of(EntityEntry e, AuditAction action)
    {
        var fields = new List<(string Name, string? Before, string? After)>();
        foreach (var p in Fields(e))
        {
            var before = action == AuditAction.Create ? null : AuditValues.Format(p.OriginalValue);
            var after = action == AuditAction.Delete ? null : AuditValues.Format(p.CurrentValue);
            var skip = action switch
            {
                AuditAction.Update => !p.IsModified || before == after,
                AuditAction.Create => p.IsTemporary || after is null,
                _ => before is null,
            };
            if (!skip)
            {
                fields.Add((p.Metadata.Name, AuditValues.Mask(p.Metadata, before), AuditValues.Mask(p.Metadata, after)));
            }
        }

        if (fields.Count == 0 && action == AuditAction.Update)
        {
            return null;
        }

        return Json(fields);
    }

    /// <summary>What <see cref="Of"/> gives for an added entity of a type without complex properties, from its values.</summary>
    public static string OfCreated(IEntityType type, object entity, IProperty? generatedKey)
    {
        var fields = new List<(string Name, string? Before, string? After)>();
        foreach (var p in type.GetProperties())
        {
            if (p != generatedKey && AuditValues.Format(p.GetGetter().GetClrValue(entity)) is { } after)
            {
                fields.Add((p.Name, null, AuditValues.Mask(p, after)));
            }
        }

        return Json(fields);
    }

    private static string Json(List<(string Name, string? Before, string? After)> fields)
    {
        var json = Write(fields, int.MaxValue);
        return json.Length <= MaxLength ? json : Shorten(fields);
    }

    /// <summary>
    /// The entry's properties in EF's order (by name); a complex property's fields (a cadre's <c>Person</c>) are listed
    /// among them under their own names, as they were before they moved into the value object.
    /// </summary>
    private static IEnumerable<PropertyEntry> Fields(EntityEntry e) =>
        e.Metadata.GetComplexProperties().Any()
            ? e.Properties.Concat(e.ComplexProperties.SelectMany(c => c.Properties)).OrderBy(p => p.Metadata.Name, StringComparer.Ordinal)
            : e.Properties;

    private static string Shorten(List<(string Name, string? Before, string? After)> fields)
    {
        var json = Write(fields, 100);
        return json.Length <= MaxLength
            ? json
            : Write(fields.Take(MaxLength / 40).Select(f => (f.Name, (string?)"…", (string?)"…")).ToList(), 0);
    }

    private static string Write(List<(string Name, string? Before, string? After)> fields, int maxValue)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            foreach (var (name, before, after) in fields)
            {
                w.WriteStartObject(name);
                w.WriteString("before", Cut(before, maxValue));
                w.WriteString("after", Cut(after, maxValue));
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string? Cut(string? value, int max) =>
        value is null || value.Length <= max ? value : string.Concat(value.AsSpan(0, max), "…");
}
