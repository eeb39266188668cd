using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace StarCoach.Web.Hosting;

/// <summary>
/// The one access rule: in local mode everyone on this machine is the local user; in hosted mode you must be signed in.
/// Which banks you then see is decided by <see cref="CurrentUser"/>, on every query.
/// </summary>
public sealed class SignedInOrLocal(IOptionsMonitor<StarCoachOptions> options) : AuthorizationHandler<SignedInOrLocal.Requirement>
{
    public const string Policy = "SignedInOrLocal";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
    {
        if (!options.CurrentValue.IsHosted || context.User.Identity?.IsAuthenticated == true)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    /// <summary>Marker requirement for <see cref="SignedInOrLocal"/>.</summary>
    public sealed class Requirement : IAuthorizationRequirement;
}
