using Dangjian.Core.Categories;

namespace Dangjian.Web.Pages.Shared;

/// <summary>The county's categories of one record family offered on an entry form (the partial _TagChoice), and the one chosen.</summary>
public sealed record TagChoice(IReadOnlyList<RecordTag> Tags, int? Selected, string? Error, string Name = "Form.TagId");
