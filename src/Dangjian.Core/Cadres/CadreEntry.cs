using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres;

/// <summary>What the cadre form posts (its own field checks done by the form).</summary>
public sealed record CadreDraft(int? TermId, int? OrganizationId, string Name, Sex Sex, DateOnly? BirthDate, Education EducationAtElection,
    Education Education, PartyPost? PartyPost, VillagePost? VillagePost, SupervisionPost? SupervisionPost, bool IsPartyMember,
    bool IsFullTimeSecretary, DateOnly? LeftOn, string? LeftReason, int Version = 0)
{
    /// <summary>The person as saved, once the form's checks passed (birth date given); a method, so that validation does not read it.</summary>
    public Person ToPerson() => new(Name, Sex, BirthDate!.Value, Education);
}

/// <summary>
/// Records or corrects a member of a village's "two committees": the village must lie in the term's township and the age at
/// the election be plausible; a correction must name the version it started from. Errors are keyed by <see cref="CadreDraft"/> names.
/// </summary>
public sealed class CadreEntry(AppDbContext db) : IOperation
{
    /// <summary>The checks that need the term, also shown beside a form the binder already refused.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(CadreDraft d, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (d.TermId is not { } termId || d.OrganizationId is not { } villageId)
        {
            return errors;
        }

        if (!await CadreVillages.Of(db).AnyAsync(v => v.Id == villageId, ct) || !await CadreVillages.BelongsAsync(db, villageId, termId, ct))
        {
            errors[nameof(d.OrganizationId)] = CadreVillages.NotInTerm;
        }

        var term = await db.ElectionTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == termId, ct);
        if (term is not null && d.BirthDate is { } birth && ElectionAge.At(birth, term.ElectedOn) is < 18 or > 80)
        {
            errors[nameof(d.BirthDate)] = "按出生日期计算，换届时年龄应在18至80周岁之间";
        }

        return errors;
    }

    public async Task<EntryResult> SaveAsync(int? id, CadreDraft d, CancellationToken ct = default)
    {
        Cadre? cadre = null;
        if (id is { } existing && (cadre = await db.Cadres.SingleOrDefaultAsync(c => c.Id == existing, ct)) is null)
        {
            return EntryResult.Missing;
        }

        if (await CheckAsync(d, ct) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        if (cadre is null)
        {
            cadre = new Cadre { Person = d.ToPerson() };
            db.Cadres.Add(cadre);
        }
        else
        {
            db.Entry(cadre).Property(c => c.Version).OriginalValue = d.Version;
        }

        (cadre.TermId, cadre.OrganizationId, cadre.Person) = (d.TermId!.Value, d.OrganizationId!.Value, d.ToPerson());
        (cadre.EducationAtElection, cadre.PartyPost, cadre.VillagePost, cadre.SupervisionPost) =
            (d.EducationAtElection, d.PartyPost, d.VillagePost, d.SupervisionPost);
        (cadre.IsPartyMember, cadre.IsFullTimeSecretary, cadre.LeftOn) = (d.IsPartyMember, d.IsFullTimeSecretary, d.LeftOn);
        cadre.LeftReason = string.IsNullOrWhiteSpace(d.LeftReason) ? null : d.LeftReason.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntryResult.Conflict();
        }

        return EntryResult.Saved(cadre.Id);
    }
}
