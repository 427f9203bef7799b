using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Members;

/// <summary>A transfer as posted: the other end is an organization of this system (within, in) or a name outside it (out, in).</summary>
public sealed record TransferDraft(TransferKind Kind, int? ToOrganizationId, string? OtherOrganizationName, DateOnly? On, string? Note, int Version);

/// <summary>
/// 组织关系转接 and state changes of one member in scope. Nothing here deletes a member: a transfer out, a stop (停止党籍) or a
/// death keeps the row and its history. A form showing an older version is refused before any check, since a transfer or a
/// state matching what another user just saved would otherwise pass as a change of nothing. Errors are keyed by the draft's names.
/// </summary>
public sealed class MemberTransferEntry(AppDbContext db, MemberRegistry registry, TimeProvider clock) : IOperation
{
    public const string Stale = "保存失败：该党员的信息刚被其他人修改过。请刷新页面后再操作。";

    /// <summary>The checks of a transfer of <paramref name="member"/> (loaded with its organization), also shown beside a form the binder refused.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(Member member, TransferDraft d, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var to = await TargetAsync(d, ct);
        var other = d.OtherOrganizationName?.Trim();
        switch (d.Kind)
        {
            case TransferKind.Out when string.IsNullOrEmpty(other):
                errors[nameof(d.OtherOrganizationName)] = "请填写转入的县外党组织名称";
                break;
            case TransferKind.Out when member.State != MemberState.Active:
                errors[""] = "只有在册党员才能转出。";
                break;
            case TransferKind.Within when to is null:
                errors[nameof(d.ToOrganizationId)] = "请选择转入的党组织";
                break;
            case TransferKind.Within when to!.Id == member.OrganizationId:
                errors[nameof(d.ToOrganizationId)] = "转入组织与现所在组织相同";
                break;
            case TransferKind.In when string.IsNullOrEmpty(other) || to is null:
                errors[nameof(d.OtherOrganizationName)] = "请填写原党组织名称并选择转入的党组织";
                break;
        }

        if ((d.On ?? clock.Today()) > clock.Today())
        {
            errors[nameof(d.On)] = "转接日期不能晚于今天";
        }

        return errors;
    }

    public async Task<EntryResult> TransferAsync(int memberId, TransferDraft d, string user, CancellationToken ct = default)
    {
        var (member, refusal) = await FindAsync(memberId, d.Version, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (await CheckAsync(member!, d, ct) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        var (from, to, other, on) = (member!.Organization!, await TargetAsync(d, ct), d.OtherOrganizationName?.Trim(), d.On ?? clock.Today());
        _ = d.Kind switch
        {
            TransferKind.Out => registry.TransferOut(member, from, other!, on, d.Note, user),
            TransferKind.Within => registry.TransferWithin(member, from, to!, on, d.Note, user),
            _ => registry.TransferIn(member, other!, to!, on, d.Note, user),
        };
        return await SaveAsync(member, ct);
    }

    /// <summary>A state the state form cannot set, also shown beside a form the binder refused.</summary>
    public static Dictionary<string, string> CheckState(MemberState state) =>
        state == MemberState.TransferredOut ? new() { ["State"] = "转出请使用上面的组织关系转接登记。" } : [];

    /// <param name="on">The day the member stopped or died (a past year's fact is entered with its own date); empty means today.</param>
    public async Task<EntryResult> ChangeStateAsync(int memberId, MemberState state, DateOnly? on, int version, CancellationToken ct = default)
    {
        var (member, refusal) = await FindAsync(memberId, version, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (CheckState(state) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        member!.State = state;
        member.StateChangedOn = state == MemberState.Active ? null : on ?? clock.Today();
        return await SaveAsync(member, ct);
    }

    /// <summary>The member (tracked, with its organization), or why not: outside the scope, or a form showing an older version.</summary>
    private async Task<(Member? Member, EntryResult? Refusal)> FindAsync(int id, int version, CancellationToken ct)
    {
        var member = await db.Members.Include(m => m.Organization).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (member is null)
        {
            return (null, EntryResult.Missing);
        }

        if (member.Version != version)
        {
            return (null, EntryResult.Refused("", Stale));
        }

        db.Entry(member).Property(m => m.Version).OriginalValue = version;
        return (member, null);
    }

    private async Task<Organization?> TargetAsync(TransferDraft d, CancellationToken ct) =>
        d.ToOrganizationId is { } toId ? await db.Organizations.SingleOrDefaultAsync(o => o.Id == toId && o.IsActive, ct) : null;

    private async Task<EntryResult> SaveAsync(Member member, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntryResult.Refused("", Stale);
        }

        return EntryResult.Saved(member.Id);
    }
}
