using System.ComponentModel.DataAnnotations;

namespace Dangjian.Core.Time;

/// <summary>A form's date of a fact (see <see cref="FactDates"/>): not after today in Beijing, not before <see cref="FactDates.Earliest"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FactDateAttribute(string label) : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is DateOnly day && FactDates.Problem(label, day, validationContext.Today()) is { } problem
            ? new ValidationResult(problem, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
}
