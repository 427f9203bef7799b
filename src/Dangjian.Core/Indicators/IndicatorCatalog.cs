using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dangjian.Core.Indicators;

/// <summary>The indicators a report may use: the built-in ones (BuiltinIndicators.json) plus a county's own, which replace built-ins of the same id.</summary>
public sealed class IndicatorCatalog
{
    public static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Dictionary<string, IndicatorDefinition> byId;

    public IndicatorCatalog(IEnumerable<IndicatorDefinition> definitions)
    {
        byId = new(StringComparer.Ordinal);
        foreach (var d in definitions)
        {
            byId[d.Id] = d;
        }
    }

    public static IndicatorCatalog Builtin { get; } = new(Load());

    public IReadOnlyCollection<IndicatorDefinition> All => byId.Values;

    public IndicatorDefinition? Find(string id) => byId.GetValueOrDefault(id);

    public IndicatorCatalog With(IEnumerable<IndicatorDefinition> county) => new(byId.Values.Concat(county));

    private static List<IndicatorDefinition> Load()
    {
        using var stream = typeof(IndicatorCatalog).Assembly.GetManifestResourceStream("Dangjian.Core.Indicators.BuiltinIndicators.json")!;
        return JsonSerializer.Deserialize<List<IndicatorDefinition>>(stream, Json)!;
    }
}
