using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace StarCoach.Web.Features.Account;

/// <summary>Sign-out (a POST, so a link elsewhere cannot sign anyone out).</summary>
public sealed class LogoutModel(IServiceProvider services) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (services.GetService<SignInManager<IdentityUser>>() is { } signIn)
        {
            // A new security stamp ends every copy of this session's cookie, not only the browser's own.
            if (await signIn.UserManager.GetUserAsync(User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
        }

        return Redirect("/account/login");
    }
}
