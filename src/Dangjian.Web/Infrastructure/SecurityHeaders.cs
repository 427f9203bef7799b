namespace Dangjian.Web.Infrastructure;

/// <summary>
/// Response headers that keep a slipped-through script inert: scripts only from our own files (no inline script,
/// no event-handler attributes), no framing, no referrer, nosniff. Styles are 'self' too: pages carry no style
/// attributes, and ECharts styles its DOM through the CSSOM, which style-src does not govern.
/// </summary>
public static class SecurityHeaders
{
    public static HeaderPolicyCollection Policies() => new HeaderPolicyCollection()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            csp.AddImgSrc().Self().Data();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFrameAncestors().None();
            csp.AddFormAction().Self();
        })
        .AddContentTypeOptionsNoSniff()
        .AddFrameOptionsDeny()
        .AddReferrerPolicyNoReferrer()
        .AddCrossOriginOpenerPolicy(p => p.SameOrigin())
        .AddPermissionsPolicyWithDefaultSecureDirectives()
        // Only on HTTPS responses; localhost is excluded so a developer's browser does not pin HTTPS for it.
        .AddStrictTransportSecurityMaxAge();
}
