using Dangjian.Core.Account;
using Dangjian.Core.Admin.Roles;

namespace Dangjian.Core.Admin.Accounts;

/// <summary>One half of an account's one-time password, for the sheet an administrator hands over (<see cref="PasswordSheet"/>).</summary>
public sealed record PasswordHalf(string UserName, string DisplayName, string Organization, string Half);
