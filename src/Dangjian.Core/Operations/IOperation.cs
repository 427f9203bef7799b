namespace Dangjian.Core.Operations;

/// <summary>
/// Marks a Core operation: one use case that changes records (an entry, an edit, a sign-off…), called by a page
/// and returning an <see cref="EntryResult"/>. The web project registers every implementation as scoped, so a new
/// operation needs no registration line.
/// </summary>
public interface IOperation;
