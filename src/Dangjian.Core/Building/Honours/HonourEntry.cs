using Dangjian.Core.Data;
using Dangjian.Core.Members;
using Dangjian.Core.Operations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Building.Honours;

/// <summary>
/// Checks and stores one honour. Organizations, members and existing honours are looked up through the scoped context,
/// so a record outside the user's scope is "not found". Errors are keyed by <see cref="HonourDraft"/> property names.
/// </summary>
public sealed class HonourEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public const int PersonNameMax = 40;
    public const int ConferredByMax = 100;
    public const int NoteMax = 1000;
    public const string Conflict = "保存失败：该表彰记录刚被其他人修改过。请刷新页面查看最新内容后再修改。";

    /// <summary>Records a new honour (<paramref name="id"/> null) or corrects one found through the scoped set.</summary>
    public async Task<EntryResult> SaveAsync(int? id, HonourDraft draft, string userName, CancellationToken ct = default)
    {
        Honour? honour = null;
        if (id is { } existing && (honour = await db.Honours.FirstOrDefaultAsync(h => h.Id == existing, ct)) is null)
        {
            return EntryResult.Missing;
        }

        honour ??= new Honour { EnteredBy = userName, EnteredAtUtc = clock.UtcNow() };
        if (await CheckAsync(draft, honour, ct) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        if (honour.Id == 0)
        {
            db.Honours.Add(honour);
        }
        else
        {
            db.Entry(honour).Property(h => h.Version).OriginalValue = draft.Version;
        }

        return await db.SaveOrStaleAsync(() => honour.Id, "", Conflict, ct);
    }

    /// <summary>Checks the draft and, when it is valid, copies it onto <paramref name="honour"/>.</summary>
    private async Task<Dictionary<string, string>> CheckAsync(HonourDraft d, Honour honour, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var org = d.OrganizationId is { } orgId ? await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId && o.IsActive, ct) : null;
        if (org is null)
        {
            errors[nameof(d.OrganizationId)] = d.OrganizationId is null ? "请选择党组织" : "找不到该党组织，或无权为其登记";
        }

        var name = d.HonourNameId is { } nameId ? await db.HonourNames.AsNoTracking().FirstOrDefaultAsync(n => n.Id == nameId, ct) : null;
        if (name is null || name.Target == HonourTarget.Title)
        {
            errors[nameof(d.HonourNameId)] = d.HonourNameId is null ? "请选择表彰名称" : "请选择本县的表彰名称";
            name = null;
        }
        else if (name.Retired && name.Id != honour.HonourNameId)
        {
            errors[nameof(d.HonourNameId)] = $"表彰名称“{name.Name}”已停用";
        }

        if (d.Level is not { } level || !Enum.IsDefined(level))
        {
            errors[nameof(d.Level)] = "请选择表彰级别";
        }

        if (d.ConferredOn is not { } on)
        {
            errors[nameof(d.ConferredOn)] = "请填写表彰日期";
        }
        else if (FactDates.Problem("表彰日期", on, clock.Today()) is { } wrong)
        {
            errors[nameof(d.ConferredOn)] = wrong;
        }

        var person = Clean(d.PersonName);
        Member? member = null;
        if (name?.Target == HonourTarget.Organization && (d.MemberId is not null || person is not null))
        {
            errors[nameof(d.PersonName)] = $"“{name.Name}”是集体表彰，不填写个人";
        }
        else if (name?.Target == HonourTarget.Individual && org is not null)
        {
            member = await MemberAsync(d.MemberId, person, org.Id, errors, ct);
        }

        Check(errors, nameof(d.PersonName), person, PersonNameMax, "姓名");
        var by = Clean(d.ConferredBy);
        Check(errors, nameof(d.ConferredBy), by, ConferredByMax, "授予单位");
        var note = Clean(d.Note);
        Check(errors, nameof(d.Note), note, NoteMax, "事迹或备注");
        if (errors.Count == 0 && await DuplicateAsync(d, honour.Id, member?.Id, member is null ? person : null, ct))
        {
            errors[nameof(d.HonourNameId)] = $"{d.ConferredOn!.Value.Year}年已登记过同一级别的“{name!.Name}”";
        }

        if (errors.Count == 0)
        {
            (honour.OrganizationId, honour.HonourNameId, honour.Level, honour.ConferredOn) = (org!.Id, name!.Id, d.Level!.Value, d.ConferredOn!.Value);
            (honour.MemberId, honour.PersonName) = member is null ? ((int?)null, person) : (member.Id, (string?)null);
            (honour.ConferredBy, honour.Note) = (by, note);
        }

        return errors;
    }

    /// <summary>The member chosen, or the one member of that name in the organization; none with a typed name is fine.</summary>
    private async Task<Member?> MemberAsync(int? memberId, string? person, int orgId, Dictionary<string, string> errors, CancellationToken ct)
    {
        if (memberId is { } id)
        {
            var chosen = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.OrganizationId == orgId, ct);
            if (chosen is null)
            {
                errors[nameof(HonourDraft.MemberId)] = "所选党员不在该党组织，请重新选择";
            }

            return chosen;
        }

        if (person is null)
        {
            errors[nameof(HonourDraft.PersonName)] = "个人表彰请选择党员或填写姓名";
            return null;
        }

        var named = await db.Members.AsNoTracking().Where(m => m.OrganizationId == orgId && m.Name == person && m.State == MemberState.Active).OrderBy(m => m.Id).Take(2).ToListAsync(ct);
        return named.Count == 1 ? named[0] : null;
    }

    private Task<bool> DuplicateAsync(HonourDraft d, int self, int? memberId, string? person, CancellationToken ct)
    {
        var from = new DateOnly(d.ConferredOn!.Value.Year, 1, 1);
        var to = new DateOnly(d.ConferredOn.Value.Year, 12, 31);
        return db.Honours.AnyAsync(h => h.Id != self && h.OrganizationId == d.OrganizationId && h.HonourNameId == d.HonourNameId && h.Level == d.Level
            && h.ConferredOn >= from && h.ConferredOn <= to && h.MemberId == memberId && h.PersonName == person, ct);
    }

    private static void Check(Dictionary<string, string> errors, string field, string? text, int max, string label)
    {
        if (text is { Length: var n } && n > max)
        {
            errors.TryAdd(field, $"{label}不能超过{max}个字");
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
