using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace StarCoach.Web.Hosting;

/// <summary>
/// What hosted mode adds against other people on the network: forwarded headers believed from the configured proxies
/// only, sessions that end (sliding expiry, revoked at sign-out), and rate limits on sign-in, registration and uploads.
/// Local mode has one user on one machine and none of this.
/// </summary>
public static class HostedProtection
{
    /// <summary>Policy of requests that try a password or create an account, counted per client address.</summary>
    private const string AccountPartition = "account";

    /// <summary>Requests that upload a document, counted per user.</summary>
    private const string UploadPartition = "upload";

    public static void AddHostedProtection(this WebApplicationBuilder builder, StarCoachOptions options)
    {
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in ProxyAddresses(options))
            {
                forwarded.KnownProxies.Add(proxy);
            }
        });

        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.ExpireTimeSpan = TimeSpan.FromHours(options.SessionHours);
            cookie.SlidingExpiration = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        builder.Services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        // The session's security stamp is checked on every request, so signing out (which changes it) ends every copy of
        // the cookie at once, not at the next check half an hour later.
        builder.Services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.Zero);

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                // Pages: the status-code page explains (/errors/429); the API gets problem details.
                if (rejected.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = rejected.HttpContext,
                        ProblemDetails = { Title = "Too many requests.", Detail = TooManyAdvice, Status = StatusCodes.Status429TooManyRequests },
                    });
                }
            };
        });
    }

    /// <summary>Words for a client that was slowed down, on the page and in problem details.</summary>
    public const string TooManyAdvice = "That was a lot of tries in a short time, so StarCoach is pausing them. Wait a minute and try again.";

    /// <summary>Forwarded headers, first in the pipeline, when proxies are configured in hosted mode.</summary>
    public static void UseHostedForwardedHeaders(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<StarCoachOptions>>().Value;
        if (options.IsHosted && ProxyAddresses(options).Count > 0)
        {
            app.UseForwardedHeaders();
        }
    }

    private static List<IPAddress> ProxyAddresses(StarCoachOptions options) =>
        [.. options.KnownProxies.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(address => IPAddress.TryParse(address, out var ip) ? ip
                : throw new InvalidOperationException($"StarCoach:KnownProxies: '{address}' is not an IP address; list the proxies' addresses, such as 127.0.0.1."))];

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<StarCoachOptions>>().Value;
        var request = context.Request;
        // The page that explains a refusal (re-executed for the same request) is never refused itself.
        if (!options.IsHosted || !HttpMethods.IsPost(request.Method) || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var path = request.Path;
        if (path.StartsWithSegments("/account/login", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/account/register", StringComparison.OrdinalIgnoreCase))
        {
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter($"{AccountPartition}|{client}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.AccountAttemptsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        }

        // Every file upload is a multipart form, or the API's document body.
        var upload = (request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) ?? false)
            || (path.Equals("/api/banks", StringComparison.OrdinalIgnoreCase));
        if (upload && context.User.Identity?.IsAuthenticated == true)
        {
            var user = context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "unknown";
            return RateLimitPartition.GetSlidingWindowLimiter($"{UploadPartition}|{user}", _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = options.UploadsPerTenMinutes,
                Window = TimeSpan.FromMinutes(10),
                SegmentsPerWindow = 10,
                QueueLimit = 0,
            });
        }

        return RateLimitPartition.GetNoLimiter(string.Empty);
    }
}
