using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dangjian.Core.Security;

public static class SecurityServices
{
    /// <summary>Registers the keys (read when first needed, so hosts can override the data folder), <see cref="IFieldCipher"/> (AES-256-GCM) and <see cref="IBlindIndex"/> as singletons.</summary>
    public static IServiceCollection AddFieldSecurity(this IServiceCollection services, Func<IServiceProvider, string> dataDirectory)
    {
        services.AddSingleton(sp => SecurityKeys.Load(sp.GetRequiredService<IConfiguration>(), dataDirectory(sp)));
        services.AddSingleton<IFieldCipher>(sp =>
        {
            var keys = sp.GetRequiredService<SecurityKeys>();
            return new AesGcmFieldCipher(keys.FieldKey, keys.PreviousFieldKeys);
        });
        services.AddSingleton<IBlindIndex>(sp => new HmacBlindIndex(sp.GetRequiredService<SecurityKeys>().IndexKey));
        return services;
    }
}
