using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace StarCoach.Web.Features.Account;

/// <summary>Sign-in for hosted mode.</summary>
public sealed class LoginModel(IServiceProvider services) : PageModel
{
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

        Error = result.IsLockedOut ? "Too many attempts; try again in a few minutes." : "That email and password do not match an account.";
        return Page();
    }

    private string LocalOnly(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
