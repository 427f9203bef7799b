namespace Dangjian.Core.Audit;

public static class AuditLabels
{
    public static string Of(AuditAction action) => action switch
    {
        AuditAction.Create => "新增",
        AuditAction.Update => "修改",
        AuditAction.Delete => "删除",
        AuditAction.LoginSucceeded => "登录成功",
        AuditAction.LoginFailed => "登录失败",
        AuditAction.Logout => "退出登录",
        AuditAction.Forbidden => "越权访问",
        AuditAction.Export => "导出",
        AuditAction.Import => "导入",
        AuditAction.Reveal => "查看敏感信息",
        AuditAction.PasswordChanged => "修改密码",
        _ => action.ToString(),
    };

    public static string Of(AuditResult result) => result switch
    {
        AuditResult.Success => "成功",
        AuditResult.Failure => "失败",
        AuditResult.Denied => "拒绝",
        _ => result.ToString(),
    };
}
