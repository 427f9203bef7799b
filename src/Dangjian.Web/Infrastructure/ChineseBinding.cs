using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// Form binding that cannot break a page: binding and validation messages in Chinese (the framework's defaults are
/// English), a blank field of a non-nullable string binds as "" rather than null, and a page's bound property keeps its
/// name as prefix even when the post carries none of its fields, so errors stay keyed "Form.X" beside their field
/// (not for SupportsGet filters, whose query fields come without a prefix).
/// </summary>
public sealed class ChineseBinding : IBindingMetadataProvider, IDisplayMetadataProvider, IValidationMetadataProvider
{
    public static void Configure(MvcOptions o)
    {
        var m = o.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((value, _) => Unreadable(value));
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(Unreadable);
        m.SetValueIsInvalidAccessor(Unreadable);
        m.SetUnknownValueIsInvalidAccessor(_ => "填写的内容无法识别，请重新填写");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的内容无法识别，请重新填写");
        m.SetValueMustBeANumberAccessor(_ => "请填写数字");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "请填写数字");
        m.SetValueMustNotBeNullAccessor(_ => Required);
        m.SetMissingBindRequiredValueAccessor(_ => Required);
        m.SetMissingKeyOrValueAccessor(() => Required);
        m.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容为空");
        o.ModelMetadataDetailsProviders.Add(new ChineseBinding());
    }

    private const string Required = "请填写此项";

    private static string Unreadable(string? value) => string.IsNullOrWhiteSpace(value) ? Required
        : $"“{(value.Length > 20 ? value[..20] + "…" : value)}”无法识别，请重新填写";

    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        if (context.Key.ContainerType is { } page && typeof(PageModel).IsAssignableFrom(page) && context.Key.Name is { } name
            && context.Attributes.OfType<BindPropertyAttribute>().Any(b => b.Name is null && !b.SupportsGet))
        {
            context.BindingMetadata.BinderModelName ??= name;
        }
    }

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.PropertyInfo is { PropertyType: var type } property && type == typeof(string)
            && new NullabilityInfoContext().Create(property).WriteState == NullabilityState.NotNull)
        {
            context.DisplayMetadata.ConvertEmptyStringToNull = false;
        }
    }

    /// <summary>Attributes written without a message (and the implicit [Required] of non-nullable types) get a Chinese one.</summary>
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceType is null)
            {
                attribute.ErrorMessage = attribute switch
                {
                    RequiredAttribute => Required,
                    RangeAttribute => "请填写{1}至{2}之间的值",
                    StringLengthAttribute or MaxLengthAttribute => "不能超过{1}个字",
                    MinLengthAttribute => "至少{1}个字",
                    RegularExpressionAttribute => "格式不正确",
                    _ => "填写的内容无效",
                };
            }
        }
    }
}
