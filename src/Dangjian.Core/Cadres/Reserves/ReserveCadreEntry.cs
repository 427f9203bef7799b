using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres.Reserves;

/// <summary>What the reserve cadre form posts (its own field checks done by the form).</summary>
public sealed record ReserveCadreDraft(int? OrganizationId, string Name, Sex Sex, DateOnly? BirthDate, Education Education, ReserveSource Source,
    DateOnly? AddedOn, bool ForFullTimeSecretary, DateOnly? TrainedOn)
{
    /// <summary>The person as saved, once the form's checks passed (birth date given); a method, so that validation does not read it.</summary>
    public Person ToPerson() => new(Name, Sex, BirthDate!.Value, Education);
}

/// <summary>Lists a person as a reserve cadre (后备干部) of a village or community in scope.</summary>
public sealed class ReserveCadreEntry(AppDbContext db) : IOperation
{
    /// <summary>The check that needs the database, also shown beside a form the binder already refused.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(ReserveCadreDraft d, CancellationToken ct = default) =>
        d.OrganizationId is { } villageId && !await CadreVillages.Of(db).AnyAsync(v => v.Id == villageId, ct)
            ? new() { [nameof(d.OrganizationId)] = "请选择所在村（社区）" } : [];

    public async Task<EntryResult> AddAsync(ReserveCadreDraft d, CancellationToken ct = default)
    {
        if (await CheckAsync(d, ct) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        var row = new ReserveCadre
        {
            OrganizationId = d.OrganizationId!.Value, Person = d.ToPerson(),
            Source = d.Source, AddedOn = d.AddedOn!.Value, ForFullTimeSecretary = d.ForFullTimeSecretary, TrainedOn = d.TrainedOn,
        };
        db.ReserveCadres.Add(row);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(row.Id);
    }
}
