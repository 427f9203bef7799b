using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public string Title { get; private set; } = "出错了";
    public string Explanation { get; private set; } = "处理请求时发生错误，数据未被修改。请稍后重试或联系管理员。";

    public void OnGet(int? code) => Describe(code ?? HandlerStatus());

    public void OnPost(int? code) => Describe(code ?? HandlerStatus());

    /// <summary>The status an exception handler chose (a bad request is 400, not 500).</summary>
    private int? HandlerStatus() => Response.StatusCode >= 400 ? Response.StatusCode : null;

    private void Describe(int? code)
    {
        (Title, Explanation) = code switch
        {
            404 => ("找不到页面", "您要找的页面或记录不存在，或不在您的管辖范围内。"),
            403 => ("无权访问", "您的账号没有执行此操作的权限。"),
            400 => ("请求无效", "请求无效或页面已过期，请刷新后重试。"),
            413 => ("文件太大", "上传的文件超过了允许的大小。名册文件请不要超过 10 MB，可删去无关的工作表或分成几个文件上传。"),
            _ => (Title, Explanation),
        };
    }
}
