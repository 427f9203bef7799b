namespace Dangjian.Core.Development;

public static class DevelopmentCaseExtensions
{
    public static DevelopmentRuleSet Rules(this DevelopmentCase c) => DevelopmentRuleSets.Named(c.RuleSet);

    public static CaseFacts Facts(this DevelopmentCase c) =>
        new(c.BirthDate, c.Steps.Select(s => s.ToEntry()).ToList(), c.ExtensionMonths, c.State is CaseState.Cancelled or CaseState.Stopped);
}
