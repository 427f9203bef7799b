namespace Dangjian.Core.Operations;

/// <summary>
/// The outcome of saving one record from a form: its id, or "not found" (outside the caller's scope), or Chinese messages
/// keyed by the field they concern ("" for the form as a whole). A saved record may carry warnings: rules that did not
/// refuse it but that the user should read (a step recorded after its deadline).
/// </summary>
public sealed record EntryResult(int? Id, bool NotFound, IReadOnlyDictionary<string, string> Errors)
{
    public const string ConflictMessage = "保存失败：该记录刚被其他人修改过。请刷新页面查看最新内容后再修改。";

    public bool Succeeded => Id is not null;

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static EntryResult Missing { get; } = new(null, true, new Dictionary<string, string>());

    public static EntryResult Saved(int id) => new(id, false, new Dictionary<string, string>());

    public static EntryResult Saved(int id, IReadOnlyList<string> warnings) => Saved(id) with { Warnings = warnings };

    public static EntryResult Refused(IReadOnlyDictionary<string, string> errors) => new(null, false, errors);

    public static EntryResult Refused(string field, string message) => Refused(new Dictionary<string, string> { [field] = message });

    public static EntryResult Conflict() => Refused("", ConflictMessage);
}
