using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using StarCoach.Core.Import;
using StarCoach.Data;
using StarCoach.Web.Api;

namespace StarCoach.Web.Hosting;

/// <summary>Everything <c>Program.cs</c> needs, in one place: services, the request pipeline, and the database at start.</summary>
public static partial class StarCoachSetup
{
    /// <summary>Default address in local mode: loopback only, because local mode has no login.</summary>
    public const string LocalUrl = "http://127.0.0.1:5180";

    /// <summary>What a page or problem details says of a file over the import limit.</summary>
    public static readonly string TooLargeAdvice = $"Files up to {BankImporter.MaxFileBytes / (1024 * 1024)} MB can be imported; split the document and import the parts.";

    /// <summary>Largest upload accepted: the import limit plus room for the multipart envelope.</summary>
    public const long MaxRequestBytes = BankImporter.MaxFileBytes + (1024 * 1024);

    /// <summary>
    /// Builds and runs the web app until it is stopped; <c>Program</c> and <c>starcoach serve</c> both call this.
    /// Returns the process exit code: 0, or 2 with a one-line message when the address is taken.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        // The application name decides where Razor Pages are found; name this assembly even when the process is `starcoach`.
        // Settings ship next to the binaries: when started from another directory (`starcoach serve` anywhere, the
        // published dll), read them from there rather than running on framework defaults (every request logged).
        var contentRoot = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? null : AppContext.BaseDirectory;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(StarCoachSetup).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
        });
        // Local mode has no login: an address that is not this machine's is refused in one line before anything listens.
        if (LocalAddressProblem(builder.Configuration) is { } refused)
        {
            await Console.Error.WriteLineAsync($"starcoach: {refused}");
            return 2;
        }

        builder.AddStarCoach();

        // A failed start is reported below in one line; the host's own report of it is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        var app = builder.Build();
        await app.PrepareDatabaseAsync();
        app.UseStarCoach().AnnounceWhenReady(Console.Out);
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await Console.Error.WriteLineAsync(
                $"starcoach: {e.Message.TrimEnd('.')} (is StarCoach already running there?). " +
                "Open that address in the browser, or start on another port with --urls http://127.0.0.1:5181.");
            return 2;
        }
    }

    public static WebApplicationBuilder AddStarCoach(this WebApplicationBuilder builder)
    {
        builder.Environment.WebRootFileProvider = new EmbeddedFileProvider(typeof(StarCoachSetup).Assembly, "StarCoach.Web.wwwroot");
        var options = builder.Configuration.GetSection(StarCoachOptions.Section).Get<StarCoachOptions>() ?? new StarCoachOptions();
        builder.Services.Configure<StarCoachOptions>(builder.Configuration.GetSection(StarCoachOptions.Section));

        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        database.ConnectionString ??= builder.Configuration.GetConnectionString("StarCoach");
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddStarCoachData(database);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddScoped<BankUploads>();
        builder.Services.AddScoped<BankPresenter>();
        builder.Services.AddMemoryCache(cache => cache.SizeLimit = 256);
        builder.Services.AddSingleton<StoryIndexes>();
        // Constructed explicitly: the container would pick the frameworks constructor and give it an empty list.
        builder.Services.AddSingleton(services => new Core.Competencies.CompetencyTagger(Core.Competencies.CompetencyFrameworks.All, services.GetRequiredService<Core.Practice.Recall.SentenceMeaning>()));
        builder.Services.AddScoped<BankInsights>();
        builder.Services.AddHostedService(services => services.GetRequiredService<StoryIndexes>());
        builder.Services.AddSingleton<Core.Review.AnswerReviewer>();
        builder.Services.AddProblemDetails();
        builder.Services.AddDataProtection().SetApplicationName("StarCoach").PersistKeysToDbContext<StarCoachDb>();
        builder.Services.AddAntiforgery(antiforgery => antiforgery.HeaderName = "RequestVerificationToken");
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = MaxRequestBytes);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);

        // The mode is read when a request is authorised, not when services are registered, so one build serves
        // both modes and tests can host both side by side.
        builder.Services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Features";
            pages.Conventions.AuthorizeFolder("/", SignedInOrLocal.Policy);
            pages.Conventions.AllowAnonymousToFolder("/Account");
            pages.Conventions.AllowAnonymousToFolder("/Errors");
        });
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, SignedInOrLocal>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(SignedInOrLocal.Policy, policy => policy.AddRequirements(new SignedInOrLocal.Requirement()));
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services
            .AddIdentityCore<IdentityUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireDigit = false;
            })
            .AddEntityFrameworkStores<StarCoachDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Events.OnRedirectToLogin = context =>
            {
                // API callers get a status code, not a login page.
                if (IsApi(context.HttpContext))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
        });

        // Registered in both modes (the limits and sessions apply only to hosted requests), so one build serves both.
        builder.AddHostedProtection(options);
        if (!options.IsHosted)
        {
            if (LocalAddressProblem(builder.Configuration) is { } refused)
            {
                throw new InvalidOperationException(refused);
            }

            if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]) && !builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren().Any())
            {
                builder.WebHost.UseUrls(LocalUrl);
            }

            // The keys stay in this user's own database file; a warning that they are not encrypted at rest would be the
            // first thing a candidate sees on the screen, above the address to open, with nothing for them to do.
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
        }

        return builder;
    }

    /// <summary>
    /// Applies migrations and makes the first data-protection key, in the database's start-up turn so that nodes starting
    /// together do it once; for a new local database, imports the sample bank.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StarCoachDb>();
        bool fresh;
        await using (await db.TakeStartTurnAsync())
        {
            fresh = !(await db.Database.GetAppliedMigrationsAsync()).Any();
            await db.Database.MigrateAsync();
            SharedKeyRing.EnsureKeyInUse(app.Services);
        }

        var options = scope.ServiceProvider.GetRequiredService<IOptions<StarCoachOptions>>().Value;
        if (fresh && !options.IsHosted && options.SampleBank)
        {
            await SampleBank.ImportAsync(scope.ServiceProvider.GetRequiredService<BankStore>());
        }
    }

    public static WebApplication UseStarCoach(this WebApplication app)
    {
        app.UseHostedForwardedHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteErrorAsync,
            // A body over the limit or cut short is answered 413/400 below; it is the client's doing, not an error to log.
            SuppressDiagnosticsCallback = context => BodyProblem(context.Exception) is not null,
        });
        app.Use(LocalRequestsOnly);
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/errors/{0}"));
        app.Use(SecurityHeaders);
        app.Use(FormWithinLimits);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapStarCoachApi().RequireAuthorization(SignedInOrLocal.Policy);
        return app;
    }

    // Local mode has no login, so it answers only requests addressed to this machine by a loopback name: a page served
    // from another name that resolves to 127.0.0.1 (DNS rebinding) gets a 400, and a write from another origin a 403.
    private static async Task LocalRequestsOnly(HttpContext context, Func<Task> next)
    {
        if (context.RequestServices.GetRequiredService<IOptions<StarCoachOptions>>().Value.IsHosted)
        {
            await next();
            return;
        }

        var request = context.Request;
        var foreignWrite = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
            && IsForeign(request.Headers.Origin.ToString(), request.Headers["Sec-Fetch-Site"].ToString());
        if (IsLoopbackHost(request.Host.Host) && !foreignWrite)
        {
            await next();
            return;
        }

        var status = foreignWrite ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        var port = context.Connection.LocalPort;
        var advice = $"StarCoach runs on this machine only and answers only http://127.0.0.1:{port} or http://localhost:{port}; open it there.";
        context.Response.StatusCode = status;
        if (IsApi(context))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Title = foreignWrite ? "Changes come only from StarCoach's own pages." : "Open StarCoach on this machine.", Detail = advice, Status = status },
            });
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Open StarCoach on this machine</title><p>{advice}</p></html>");
    }

    // Where a write comes from, as the browser tells it: "Sec-Fetch-Site" (which no page can forge) when it is sent, and
    // the Origin. A client that sends neither (curl, the CLI's own tools) is the machine's user.
    private static bool IsForeign(string origin, string fetchSite) =>
        fetchSite is "cross-site" or "same-site"
        || (origin == "null" ? fetchSite != "same-origin"
            : origin.Length > 0 && !(Uri.TryCreate(origin, UriKind.Absolute, out var from) && IsLoopbackHost(from.Host)));

    private static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        // No inline scripts or styles anywhere: imported text can never run as code, even if it escaped encoding.
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        // No referrer leaves for other sites; the app's own requests keep theirs, so a form's POST carries its real Origin
        // (under "no-referrer" browsers send "Origin: null", which a page from anywhere can send too).
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        return next();
    }

    // A form is read here, within the limits, before antiforgery or model binding reads it: both would turn a body
    // over the limit into "token missing" (400) or an error, and a 100 MB upload deserves "that file is too large".
    private static async Task FormWithinLimits(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (request.HasFormContentType && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            if (request.ContentLength > MaxRequestBytes)
            {
                await RefuseBodyAsync(context, StatusCodes.Status413PayloadTooLarge);
                return;
            }

            try
            {
                await request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception e) when (BodyProblem(e) is { } status)
            {
                await RefuseBodyAsync(context, status);
                return;
            }
        }

        await next();
    }

    /// <summary>The status for a request body that could not be read (over a limit, cut short, malformed); null for any other error.</summary>
    private static int? BodyProblem(Exception? e) => e switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException invalid when invalid.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) => StatusCodes.Status413PayloadTooLarge,
        InvalidDataException or IOException => StatusCodes.Status400BadRequest,
        _ => null,
    };

    private static async Task RefuseBodyAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        if (IsApi(context))
        {
            await WriteProblemAsync(context, status);
        }

        // Pages: the status-code page says what happened and what to do (/errors/413).
    }

    private static Task WriteProblemAsync(HttpContext context, int status)
    {
        var (title, detail) = status switch
        {
            StatusCodes.Status413PayloadTooLarge => ("That file is too large.", TooLargeAdvice),
            StatusCodes.Status400BadRequest => ("The request could not be read.", "It was cut short or malformed; send it again."),
            _ => ("Something went wrong on our side.", "The error was logged. Try again, and report it if it keeps happening."),
        };
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Title = title, Detail = detail, Status = status },
        }).AsTask();
    }

    private static async Task WriteErrorAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;

        // A body over the limit or cut short (the API reads its body itself) is the client's problem, not an error here.
        var status = BodyProblem(error);
        if (status is null)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("StarCoach.Errors");
            LogUnhandled(logger, error, context.Request.Path);
        }

        var code = status ?? StatusCodes.Status500InternalServerError;
        context.Response.StatusCode = code;
        if (IsApi(context))
        {
            await WriteProblemAsync(context, code);
            return;
        }

        context.Response.Redirect($"/errors/{code}");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception? exception, PathString path);

    /// <summary>
    /// In local mode, the first address the configuration would listen on that is not this machine's, as one line
    /// saying what to do; null in hosted mode or when every address is loopback. Every way of giving an address is
    /// read: <c>--urls</c>/<c>ASPNETCORE_URLS</c> and <c>Kestrel:Endpoints:*:Url</c> (<c>Kestrel__Endpoints__e__Url</c>).
    /// With neither, local mode listens on <see cref="LocalUrl"/>, which also wins over <c>HTTP_PORTS</c>.
    /// </summary>
    public static string? LocalAddressProblem(IConfiguration configuration)
    {
        var options = configuration.GetSection(StarCoachOptions.Section).Get<StarCoachOptions>() ?? new StarCoachOptions();
        if (options.IsHosted)
        {
            return null;
        }

        var addresses = new List<string>();
        addresses.AddRange(Split(configuration["urls"]));
        addresses.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(endpoint => endpoint["Url"] ?? string.Empty));
        var refused = addresses.FirstOrDefault(address => !IsLoopback(address));
        return refused is null ? null
            : $"local mode has no login, so it listens only on this machine, and '{refused}' is not a loopback address. "
                + "Use http://127.0.0.1:PORT, or set StarCoach__Mode=hosted to serve several users with accounts.";

        static string[] Split(string? list) => (list ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || IsLoopbackHost(uri.Host);
    }
}
