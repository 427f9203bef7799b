namespace Dangjian.Core.Building;

/// <summary>An organization the screening proposes, with every reason found in the records.</summary>
public sealed record WeakProposal(int OrganizationId, string OrganizationName, IReadOnlyList<string> Reasons);
