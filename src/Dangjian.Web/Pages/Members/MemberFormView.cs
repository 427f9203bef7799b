using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Dangjian.Web.Pages.Members;

public sealed record OrgChoice(int Id, string Name);

/// <summary>What the shared member form partial needs.</summary>
public sealed record MemberFormView(MemberForm Form, ModelStateDictionary State, bool IsCreate, IReadOnlyList<OrgChoice>? Orgs,
    string? MaskedResidentId = null, string? MaskedPhone = null)
{
    public string? Error(string key) =>
        State.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
