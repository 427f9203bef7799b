using Dangjian.Core.Organizations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Dangjian.Web.Pages.Organizations;

/// <summary>What the shared fields partial needs: the form, the allowed levels and the page's validation state.</summary>
public sealed record OrganizationFieldsView(OrganizationForm Form, IEnumerable<OrgLevel> Levels, ModelStateDictionary State)
{
    public string? Error(string key) =>
        State.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
