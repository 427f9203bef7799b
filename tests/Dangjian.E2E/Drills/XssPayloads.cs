using System.Reflection;
using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Dangjian.E2E.Drills;

/// <summary>
/// Writes script payloads into every stored free-text field of every entity, through the app's own AppDbContext on
/// the running app's database: each text column of each table, the five payloads spread over its rows (row id mod 5),
/// appended to what is there so names stay unique and pages still find their records.
/// </summary>
public static class XssPayloads
{
    public static readonly string[] All =
    [
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(2)>",
        "';alert(3);//",
        "{{constructor.constructor('alert(4)')()}}",
        "javascript:alert(5)",
    ];

    // Not free text: keys, tree paths, ciphers and their search index, stored file names, password/stamp columns, codes.
    private static readonly string[] NotText =
        ["Path", "Cipher", "Index", "StoredName", "ContentType", "Hash", "Stamp", "Token", "Key", "Json", "Code", "Normalized", "Email", "Phone", "Sequence", "Signature"];

    // Identifiers, not text: sign-in names, the held half of a reset password (a cipher: set, it blocks sign-in), role names,
    // rule-set and indicator ids, stored JSON lists.
    private static readonly string[] NotTextFields =
        ["AppUser.UserName", "AppUser.PendingPasswordPart", "AppRole.Name", "DevelopmentCase.RuleSet", "ReportFigure.IndicatorId", "ReviewIndicator.IndicatorId",
         "ReportRevision.Snapshot", "ImportPreset.Mapping", "Inspection.InspectorCandidates", "Inspection.TargetCandidates", "StandardizationCheck.ItemsMet"];

    public sealed record Field(string Entity, string Property, int Payloads);

    public static async Task<List<Field>> WriteAsync(string dataDirectory)
    {
        var app = AppBuilder.Build(["--contentRoot", Path.Combine(AppProcess.RepositoryRoot, "src", "Dangjian.Web"),
            $"--Database:DataDirectory={dataDirectory}", "--environment=Production"]);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var fields = new List<Field>();
        foreach (var entity in db.Model.GetEntityTypes().Where(Stored).OrderBy(e => e.ClrType.Name))
        {
            var key = entity.FindPrimaryKey()!.Properties[0].Name;
            foreach (var property in entity.GetProperties().Where(p => Text(p) && !NotTextFields.Contains($"{entity.ClrType.Name}.{p.Name}")))
            {
                var written = 0;
                for (var k = 0; k < All.Length; k++)
                {
                    var rows = await (Task<int>)Append.MakeGenericMethod(entity.ClrType).Invoke(null, [db, key, property.Name, All[k], k])!;
                    written += rows > 0 ? 1 : 0;
                }

                fields.Add(new Field(entity.ClrType.Name, property.Name, written));
            }
        }

        return fields;
    }

    private static bool Stored(IEntityType e) =>
        e.ClrType.Namespace?.StartsWith("Dangjian.Core", StringComparison.Ordinal) == true && !e.IsOwned() && e.FindPrimaryKey() is { Properties: [{ ClrType: var key }] } && key == typeof(int)
        && e.ClrType.Name != "AuditEntry" && e.GetTableName() is { } table && !table.StartsWith("asp_net", StringComparison.Ordinal);

    private static bool Text(IProperty p) =>
        p.ClrType == typeof(string) && !p.IsKey() && !p.IsForeignKey() && !p.IsConcurrencyToken && !p.IsShadowProperty()
        && !NotText.Any(n => p.Name.Contains(n, StringComparison.Ordinal));

    private static readonly MethodInfo Append = typeof(XssPayloads).GetMethod(nameof(AppendAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static async Task<int> AppendAsync<T>(AppDbContext db, string key, string property, string payload, int k)
        where T : class =>
        await db.Set<T>().IgnoreQueryFilters().Where(e => EF.Property<int>(e, key) % All.Length == k)
            .ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<string>(e, property), e => (EF.Property<string>(e, property) ?? "") + payload));
}
