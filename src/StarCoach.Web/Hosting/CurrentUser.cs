using System.Security.Claims;
using Microsoft.Extensions.Options;
using StarCoach.Data;

namespace StarCoach.Web.Hosting;

/// <summary>Whose banks a request may see: the signed-in user in hosted mode, the single local user otherwise.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, IOptions<StarCoachOptions> options)
{
    /// <summary>The owner id to filter every bank query by.</summary>
    public string Id
    {
        get
        {
            if (!options.Value.IsHosted)
            {
                return StarCoachDb.LocalUserId;
            }

            var id = accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
            return id ?? throw new InvalidOperationException("No signed-in user; the page should have required sign-in.");
        }
    }

    public bool IsHosted => options.Value.IsHosted;

    public string? DisplayName => IsHosted ? accessor.HttpContext?.User.Identity?.Name : null;
}
