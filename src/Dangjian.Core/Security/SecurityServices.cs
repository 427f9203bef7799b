using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dangjian.Core.Security;

public static class SecurityServices
{
    /// <summary>Registers the keys, <see cref="IFieldCipher"/> (AES-256-GCM) and <see cref="IBlindIndex"/> as singletons.</summary>
    public static IServiceCollection AddFieldSecurity(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddSingleton(_ => SecurityKeys.Load(configuration, dataDirectory));
        services.AddSingleton<IFieldCipher>(sp =>
        {
            var keys = sp.GetRequiredService<SecurityKeys>();
            return new AesGcmFieldCipher(keys.FieldKey, keys.PreviousFieldKeys);
        });
        services.AddSingleton<IBlindIndex>(sp => new HmacBlindIndex(sp.GetRequiredService<SecurityKeys>().IndexKey));
        return services;
    }
}
