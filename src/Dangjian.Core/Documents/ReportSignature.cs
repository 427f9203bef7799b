using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Time;

namespace Dangjian.Core.Documents;

/// <summary>The end of a duty report: the organization, the secretary who reports (when recorded) and the date.</summary>
public sealed record ReportSignature(string Organization, string? Secretary, DateOnly Date)
{
    public IEnumerable<string> Lines =>
        new[] { Organization, Secretary is { Length: > 0 } s ? $"书记：{s}" : null, GongwenDocument.DateText(Date) }.OfType<string>();

    /// <summary>Signed with the date the draft was submitted, or drafted while it is not, as a date in Beijing.</summary>
    public static ReportSignature Of(ReportDraft draft, Organization township) =>
        new(township.Name, township.SecretaryName, (draft.SubmittedAtUtc ?? draft.CreatedAtUtc).BeijingDate());
}
