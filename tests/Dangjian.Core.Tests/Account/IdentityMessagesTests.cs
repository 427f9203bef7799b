using System.Reflection;
using Dangjian.Core.Account;
using Microsoft.AspNetCore.Identity;
using Shouldly;

namespace Dangjian.Core.Tests.Account;

public sealed class IdentityMessagesTests
{
    private static readonly MethodInfo[] DescriberMethods = typeof(IdentityErrorDescriber)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Where(m => m.IsVirtual && m.DeclaringType == typeof(IdentityErrorDescriber) && m.ReturnType == typeof(IdentityError))
        .ToArray();

    [Fact]
    public void Every_message_of_the_describer_is_overridden_and_Chinese()
    {
        DescriberMethods.Length.ShouldBeGreaterThan(20);
        var chinese = new ChineseIdentityErrors();
        foreach (var method in DescriberMethods)
        {
            var own = typeof(ChineseIdentityErrors).GetMethod(method.Name, [.. method.GetParameters().Select(p => p.ParameterType)])!;
            own.DeclaringType.ShouldBe(typeof(ChineseIdentityErrors), method.Name);
            var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)8 : "x").ToArray();
            var error = (IdentityError)own.Invoke(chinese, arguments)!;
            error.Description.ShouldContain(c => c >= '\u4e00' && c <= '\u9fff', customMessage: method.Name);
            error.Code.ShouldBe(method.Name);
        }
    }
}
