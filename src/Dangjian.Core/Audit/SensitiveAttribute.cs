namespace Dangjian.Core.Audit;

/// <summary>Marks a property whose value is masked in the audit log (e.g. resident ID 身份证号).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;
