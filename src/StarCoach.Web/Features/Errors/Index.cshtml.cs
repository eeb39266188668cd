using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace StarCoach.Web.Features.Errors;

/// <summary>A friendly page for every error status: what happened and what to do, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public int Code { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Advice { get; private set; } = string.Empty;

    // The code is read from the route, not bound: binding reads the form too, and after a refused upload the request
    // still carries the form that was too large to read.
    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), out var parsed) ? parsed : 500;
        Code = code is >= 400 and <= 599 ? code : 500;
        (Title, Advice) = Code switch
        {
            404 => ("We could not find that page", "The bank or answer may have been deleted, or the link is mistyped."),
            400 => ("That request could not be used", "The form was incomplete or had expired. Go back, reload the page and try again."),
            401 or 403 => ("Please sign in", "Sign in to see your banks."),
            413 => ("That file is too large", Hosting.StarCoachSetup.TooLargeAdvice),
            429 => ("Too many tries", Hosting.HostedProtection.TooManyAdvice),
            _ => ("Something went wrong on our side", "The error was logged. Try again; if it keeps happening, report what you did."),
        };
        Response.StatusCode = Code;
    }
}
