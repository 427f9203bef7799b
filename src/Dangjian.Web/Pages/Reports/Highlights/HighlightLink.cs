using Dangjian.Core.Reports.Highlights;

namespace Dangjian.Web.Pages.Reports.Highlights;

/// <summary>The "标为亮点" link a record's page shows to whoever writes the township's report (_HighlightLink).</summary>
public sealed record HighlightLink(HighlightSource Source, int Id);
