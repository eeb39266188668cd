using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace StarCoach.Web.Hosting;

/// <summary>The data-protection keys (sign-in cookies, antiforgery tokens, messages between pages) every node reads from the database.</summary>
internal static class SharedKeyRing
{
    /// <summary>
    /// Makes the key of a database that has none in use, during this node's start-up turn. Left to the framework, each
    /// node makes one as it starts, and two nodes starting together can each make their own and sign with a key the other
    /// has not loaded. A node looks again for a key it has not seen only in its first two minutes, so from then on a
    /// visitor whose requests alternate between the nodes is signed out on every other page, until the next reload of
    /// the keys up to a day later. Made in the turn, the key is there when the next node starts, and it uses that one.
    /// </summary>
    public static void EnsureKeyInUse(IServiceProvider services)
    {
        var keys = services.GetRequiredService<IKeyManager>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!keys.GetAllKeys().Any(key => !key.IsRevoked && key.ActivationDate <= now && key.ExpirationDate > now))
        {
            keys.CreateNewKey(now, now + services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.NewKeyLifetime);
        }
    }
}
