using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace StarCoach.Web.Features.Account;

/// <summary>Account creation for hosted mode.</summary>
public sealed class RegisterModel(IServiceProvider services) : PageModel
{
    public const string EmailRefused = "An account cannot be made with that email address. If you already have an account, sign in; otherwise check the address.";

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Email { get; private set; }

    public IActionResult OnGet() => services.GetService<SignInManager<IdentityUser>>() is null ? Redirect("/") : Page();

    public async Task<IActionResult> OnPostAsync(string email, string password)
    {
        var signIn = services.GetService<SignInManager<IdentityUser>>();
        if (signIn is null)
        {
            return Redirect("/");
        }

        Email = email;
        var user = new IdentityUser { UserName = email, Email = email };
        var result = await signIn.UserManager.CreateAsync(user, password ?? string.Empty);
        if (!result.Succeeded)
        {
            // "Already taken" would tell anyone which addresses have accounts: say the same for any address problem.
            Errors = [.. result.Errors.Select(e => e.Code is "DuplicateUserName" or "DuplicateEmail" or "InvalidUserName" or "InvalidEmail" ? EmailRefused : e.Description).Distinct()];
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: true);
        return Redirect("/");
    }
}
