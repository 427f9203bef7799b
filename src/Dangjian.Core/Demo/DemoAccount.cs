namespace Dangjian.Core.Demo;

/// <summary>A demo login printed at first start.</summary>
public sealed record DemoAccount(string UserName, string Password, string Role, string DisplayName, string OrganizationName);
