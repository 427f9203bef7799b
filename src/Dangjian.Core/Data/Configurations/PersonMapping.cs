using Dangjian.Core.Cadres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

/// <summary>
/// A <see cref="Person"/> on its owner's own columns, named as before the value object (schema script 0006):
/// SnakeCaseNaming renames only an entity's own properties, so the complex property's columns are named here.
/// </summary>
internal static class PersonMapping
{
    public static void Map<TOwner>(EntityTypeBuilder<TOwner> builder, System.Linq.Expressions.Expression<Func<TOwner, Person?>> person)
        where TOwner : class =>
        builder.ComplexProperty(person, p =>
        {
            p.Property(x => x.Name).HasColumnName("name").HasMaxLength(Person.NameMaxLength);
            p.Property(x => x.Sex).HasColumnName("sex");
            p.Property(x => x.BirthDate).HasColumnName("birth_date");
            p.Property(x => x.Education).HasColumnName("education");
        });
}
