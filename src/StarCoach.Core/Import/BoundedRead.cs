namespace StarCoach.Core.Import;

/// <summary>
/// Reads a stream into memory, never holding more than a limit: a device, a pipe, a file still growing or a request
/// body may claim any length (or none) and never end, so what is read is bounded by the limit, not by the claim.
/// </summary>
public static class BoundedRead
{
    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes: a result of exactly <paramref name="limit"/> bytes means there was
    /// more (ask for the largest size allowed plus one). <paramref name="claimed"/> sizes the first buffer.
    /// </summary>
    public static async ValueTask<byte[]> ReadAsync(Stream stream, long limit, long? claimed, CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Clamp((claimed ?? 0) + 1, Math.Min(64 * 1024, limit), limit)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length == limit)
                {
                    return buffer;
                }

                Array.Resize(ref buffer, (int)Math.Min(limit, buffer.Length * 2L));
            }

            // Synchronous streams (files) complete at once; a request body is read asynchronously.
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return buffer[..length];
            }

            length += read;
        }
    }
}
