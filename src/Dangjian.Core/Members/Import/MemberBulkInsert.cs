using Dangjian.Core.Imports;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Members.Import;

/// <summary>
/// Inserts members in the context's current transaction through <see cref="EntityInsert{T}"/> (EF's per-entity overhead
/// dominated a 100,000-row import). Derived columns (pinyin) are filled here as AppDbContext.BeforeSave would. Because
/// the EF audit interceptor does not see these rows, the importer writes their audit entries itself.
/// </summary>
internal sealed class MemberBulkInsert(DbContext db) : IAsyncDisposable
{
    private readonly EntityInsert<Member> insert = new(db);

    /// <summary>Inserts a batch and sets each member's id.</summary>
    public Task InsertManyAsync(IReadOnlyList<Member> members, CancellationToken ct) => insert.InsertManyAsync(Derived(members), ct);

    /// <summary>
    /// An import's batch: on PostgreSQL the members hold the ids taken ahead (<see cref="AheadOfWriter"/>) and go into one
    /// COPY kept open until <see cref="EndOpenCopyAsync"/>; on SQLite they are inserted at once and get their ids.
    /// </summary>
    public Task AppendAsync(IReadOnlyList<Member> members, CancellationToken ct) => insert.AppendAsync(Derived(members), ct);

    public Task EndOpenCopyAsync(CancellationToken ct) => insert.EndOpenCopyAsync(ct);

    private static IReadOnlyList<Member> Derived(IReadOnlyList<Member> members)
    {
        foreach (var member in members.Where(m => m.NamePinyin.Length == 0))
        {
            FillDerived(member);
        }

        return members;
    }

    /// <summary>The pinyin columns (RosterBatches fills them on the reading thread).</summary>
    public static void FillDerived(Member member)
    {
        member.NamePinyin = Pinyin.NameSortKey(member.Name);
        member.NameInitials = Pinyin.Initials(member.Name, personName: true);
    }

    public ValueTask DisposeAsync() => insert.DisposeAsync();
}
