using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace StarCoach.Web.Features.Account;

/// <summary>Sign-in for hosted mode.</summary>
public sealed class LoginModel(IServiceProvider services) : PageModel
{
    public const string NotSignedIn = "That email and password do not match an account. After several wrong tries, sign-in pauses for a few minutes.";

    public string? Error { get; private set; }

    public string? Email { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public IActionResult OnGet(string? returnUrl)
    {
        if (services.GetService<SignInManager<IdentityUser>>() is null)
        {
            return Redirect("/");
        }

        ReturnUrl = LocalOnly(returnUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string email, string password, string? returnUrl)
    {
        var signIn = services.GetService<SignInManager<IdentityUser>>();
        if (signIn is null)
        {
            return Redirect("/");
        }

        ReturnUrl = LocalOnly(returnUrl);
        Email = email;
        var user = await signIn.UserManager.FindByEmailAsync(email);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, password, isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl);
        }

        // One answer whether the account exists, the password is wrong or the account is paused after wrong tries, so
        // the page never tells anyone which accounts exist.
        Error = NotSignedIn;
        return Page();
    }

    private string LocalOnly(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
