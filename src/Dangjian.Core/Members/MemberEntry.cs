using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Members;

/// <summary>
/// What the member form posts (its own field checks done by the form). The resident ID is write-only: left empty on a
/// correction it keeps the stored one; <see cref="TransferredInFrom"/> (new members only) records a transfer in.
/// </summary>
public sealed record MemberDraft(int OrganizationId, string Name, string? ResidentId, Sex Sex, DateOnly? BirthDate, MemberStatus Status, DateOnly? JoinedOn,
    DateOnly? ConvertedOn, Education Education, string? Ethnicity, string? Occupation, string? Phone, bool IsMobile, bool NoSmartphone, bool InHardship,
    string? TransferredInFrom, int Version)
{
    public void ApplyTo(Member m, MemberSecrets secrets)
    {
        (m.Name, m.Sex, m.BirthDate, m.Status, m.JoinedOn) = (Name.Trim(), Sex, BirthDate!.Value, Status, JoinedOn!.Value);
        m.ConvertedOn = Status == MemberStatus.Full ? ConvertedOn : null;
        (m.Education, m.Ethnicity, m.Occupation) = (Education, Blank(Ethnicity), Blank(Occupation));
        (m.IsMobile, m.NoSmartphone, m.InHardship) = (IsMobile, NoSmartphone, InHardship);
        if (!string.IsNullOrWhiteSpace(ResidentId))
        {
            secrets.SetResidentId(m, ResidentId);
        }

        if (Phone is not null)
        {
            secrets.SetPhone(m, Blank(Phone));
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>
/// Registers a member (登记) or corrects one: the organization is an active one in scope, a resident ID is registered once in
/// the whole county, and a correction names the version it started from. Errors are keyed by <see cref="MemberDraft"/> names.
/// </summary>
public sealed class MemberEntry(AppDbContext db, MemberSecrets secrets, MemberRegistry registry, TimeProvider clock) : IOperation
{
    public const string Stale = "保存失败：该党员的信息刚被其他人修改过。请刷新页面查看最新内容后再修改。";

    /// <summary>The checks that need the database but not a valid form, also shown beside a form the binder already refused.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(int? id, MemberDraft d, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (id is null && !await db.Organizations.AnyAsync(o => o.Id == d.OrganizationId && o.IsActive, ct))
        {
            errors[nameof(d.OrganizationId)] = "请选择所在党组织";
        }

        if (id is { } existing && string.IsNullOrWhiteSpace(d.ResidentId) && await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == existing, ct) is { } member
            && secrets.RevealResidentId(member) is { } stored && ResidentId.Inconsistency(stored, d.BirthDate ?? member.BirthDate, d.Sex) is { } inconsistent)
        {
            errors[nameof(d.ResidentId)] = inconsistent;
        }

        return errors;
    }

    public async Task<EntryResult> SaveAsync(int? id, MemberDraft d, string user, CancellationToken ct = default)
    {
        Member? member = null;
        if (id is { } existing && (member = await db.Members.SingleOrDefaultAsync(m => m.Id == existing, ct)) is null)
        {
            return EntryResult.Missing;
        }

        var errors = await CheckAsync(id, d, ct);
        if (errors.Count == 0 && !string.IsNullOrWhiteSpace(d.ResidentId)
            && await registry.IsResidentIdRegisteredAsync(secrets.ResidentIdIndexOf(d.ResidentId), exceptMemberId: id, ct))
        {
            errors[nameof(d.ResidentId)] = MemberRegistry.DuplicateResidentId;
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        if (member is null)
        {
            member = new Member { Name = d.Name, OrganizationId = d.OrganizationId, State = MemberState.Active };
            db.Members.Add(member);
            if (!string.IsNullOrWhiteSpace(d.TransferredInFrom))
            {
                var org = await db.Organizations.SingleAsync(o => o.Id == d.OrganizationId, ct);
                registry.TransferIn(member, d.TransferredInFrom.Trim(), org, clock.Today(), null, user);
            }
        }
        else
        {
            // Optimistic concurrency: the version the user started from is the one the update must find.
            db.Entry(member).Property(m => m.Version).OriginalValue = d.Version;
        }

        d.ApplyTo(member, secrets);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntryResult.Refused("", Stale);
        }
        catch (DbUpdateException)
        {
            // The unique blind index caught a concurrent registration of the same ID.
            return EntryResult.Refused(nameof(d.ResidentId), MemberRegistry.DuplicateResidentId);
        }

        return EntryResult.Saved(member.Id);
    }
}
