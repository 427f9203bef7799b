using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres;

/// <summary>Keeps <see cref="Cadre.AgeAtElection"/> in step with the birth date and the term's election date before a save.</summary>
public static class CadreDerivedFields
{
    public static void Apply(AppDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<Cadre>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList())
        {
            var term = entry.Entity.Term ?? db.ElectionTerms.Find(entry.Entity.TermId);
            if (term is not null)
            {
                entry.Entity.AgeAtElection = entry.Entity.Person.AgeOn(term.ElectedOn);
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<ElectionTerm>().Where(e => e.State == EntityState.Modified).ToList())
        {
            if (entry.Property(t => t.ElectedOn).IsModified)
            {
                var electedOn = entry.Entity.ElectedOn;
                foreach (var cadre in db.Cadres.Where(c => c.TermId == entry.Entity.Id).ToList())
                {
                    cadre.AgeAtElection = cadre.Person.AgeOn(electedOn);
                }
            }
        }
    }
}
