namespace Dangjian.Core.Audit;

/// <summary>Bookkeeping rows whose owner is audited instead (e.g. the records an import batch created).</summary>
public interface INotAudited;
