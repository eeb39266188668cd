using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using StarCoach.Core.Matching;
using StarCoach.Data.Entities;

namespace StarCoach.Data;

/// <summary>
/// The embedding cache of the web app, in its database: vectors are read on demand and new ones are written in one
/// batch by <see cref="SaveAsync"/>, so building a story index re-embeds only texts it has never seen. A built index
/// keeps its cache for the questions it is asked later: <see cref="Detach"/> lets it outlive the database context,
/// keeping a bounded number of question vectors in memory.
/// </summary>
public sealed class DbEmbeddingCache(StarCoachDb db, string model, TimeProvider time) : IEmbeddingCache
{
    /// <summary>Vectors kept in memory after <see cref="Detach"/> (question vectors of later searches).</summary>
    public const int MaxDetachedEntries = 2_000;

    private readonly Dictionary<string, float[]> _read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, float[]> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private StarCoachDb? _db = db;

    public bool TryGet(string key, out float[] vector)
    {
        lock (_gate)
        {
            if (_pending.TryGetValue(key, out vector!) || _read.TryGetValue(key, out vector!))
            {
                return true;
            }
        }

        if (_db is not { } db)
        {
            vector = [];
            return false;
        }

        var bytes = db.EmbeddingCache.AsNoTracking().Where(e => e.Key == key).Select(e => e.Vector).FirstOrDefault();
        if (bytes is null)
        {
            vector = [];
            return false;
        }

        vector = MemoryMarshal.Cast<byte, float>(bytes).ToArray();
        _read[key] = vector;
        return true;
    }

    public void Set(string key, float[] vector)
    {
        lock (_gate)
        {
            if (_db is not null)
            {
                _pending[key] = vector;
            }
            else if (_read.Count < MaxDetachedEntries)
            {
                _read[key] = vector;
            }
        }
    }

    /// <summary>Stops using the database (call after <see cref="SaveAsync"/>); later vectors stay in memory only.</summary>
    public void Detach() => _db = null;

    /// <summary>Writes the vectors added since the last save; keys another request saved meanwhile are skipped.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken = default)
    {
        if (_pending.Count == 0 || _db is not { } db)
        {
            return;
        }

        var keys = _pending.Keys.ToList();
        var existing = await db.EmbeddingCache.AsNoTracking().Where(e => keys.Contains(e.Key)).Select(e => e.Key).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var (key, vector) in _pending)
        {
            if (!existing.Contains(key))
            {
                db.EmbeddingCache.Add(new EmbeddingCacheEntry { Key = key, Model = model, Vector = MemoryMarshal.AsBytes(vector.AsSpan()).ToArray(), CreatedAt = now });
            }

            _read[key] = vector;
        }

        _pending.Clear();
        await db.SaveChangesAsync(cancellationToken);
    }
}
