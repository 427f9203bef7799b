using Microsoft.AspNetCore.Identity;

namespace Dangjian.Core.Identity;

/// <summary>Identity's messages in Chinese, for the ones a user of this system can meet.</summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"用户名“{userName}”已被使用。" };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "用户名只能包含字母、数字和 - . _ @ 符号。" };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "当前密码不正确。" };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "验证码无效或已过期。" };

    public override IdentityError UserAlreadyInRole(string role) =>
        new() { Code = nameof(UserAlreadyInRole), Description = "该账号已有此角色。" };

    public override IdentityError UserLockoutNotEnabled() =>
        new() { Code = nameof(UserLockoutNotEnabled), Description = "该账号未启用锁定。" };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "该账号刚被其他人修改，请刷新后重试。" };
}
