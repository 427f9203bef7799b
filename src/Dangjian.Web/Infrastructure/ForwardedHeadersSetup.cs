using System.Net;
using Dangjian.Core.Data;
using Microsoft.AspNetCore.HttpOverrides;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy the client's address (for the audit log) and scheme (for HSTS) arrive in
/// X-Forwarded-For/-Proto. They are believed only from the proxies listed in ForwardedHeaders:KnownProxies, so a
/// client talking to the app directly cannot put another address in the log.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static void Configure(IServiceCollection services) =>
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new ConfigurationProblem($"配置项 {Section}:KnownProxies 中的“{proxy}”不是 IP 地址。 (Not an IP address.)"));
            }
        });

    public static void Use(WebApplication app)
    {
        if (app.Configuration.GetValue<bool>($"{Section}:Enabled"))
        {
            app.UseForwardedHeaders();
        }
    }
}
