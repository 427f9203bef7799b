using System.Reflection;
using System.Reflection.Emit;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>
/// The methods a type calls or constructs, read from the IL of its own methods and of the types the compiler nests in it
/// (async state machines, lambdas' closures), so that a write hidden in an await or a lambda is still seen.
/// </summary>
public static class IlCalls
{
    private static readonly Dictionary<short, OpCode> Codes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IEnumerable<MethodBase> Of(Type type)
    {
        var types = new List<Type> { type };
        for (var i = 0; i < types.Count; i++)
        {
            types.AddRange(types[i].GetNestedTypes(Everything));
        }

        foreach (var t in types)
        {
            var bodies = t.GetMethods(Everything).Cast<MethodBase>().Concat(t.GetConstructors(Everything));
            foreach (var method in bodies)
            {
                foreach (var called in Calls(method))
                {
                    yield return called;
                }
            }
        }
    }

    private static IEnumerable<MethodBase> Calls(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var position = 0;
        while (position < il.Length)
        {
            var value = il[position] == 0xFE ? (short)(0xFE00 | il[position + 1]) : il[position];
            position += il[position] == 0xFE ? 2 : 1;
            var code = Codes[value];
            if (code.OperandType == OperandType.InlineMethod)
            {
                var token = BitConverter.ToInt32(il, position);
                if (Resolve(method, token) is { } called)
                {
                    yield return called;
                }
            }

            position += OperandSize(code.OperandType, il, position);
        }
    }

    private static MethodBase? Resolve(MethodBase method, int token)
    {
        try
        {
            var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
            var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
            return method.Module.ResolveMethod(token, typeArgs, methodArgs);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int position) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };
}
