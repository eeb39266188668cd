using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using StarCoach.Core.Matching;
using StarCoach.Data;

namespace StarCoach.Web.Hosting;

/// <summary>Whether a bank's story index is ready, and how far embedding has got.</summary>
public sealed record IndexStatus(bool Ready, int Done, int Total);

/// <summary>
/// Story indexes for the match box. Vectors are computed in the background when a bank is imported (the first
/// import of a large document takes a while on a laptop), stored in the database's embedding cache, and the
/// built index is kept in memory per bank version, so a search costs a few milliseconds.
/// </summary>
public sealed partial class StoryIndexes(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<StarCoachOptions> options, TimeProvider time, ILogger<StoryIndexes> logger)
    : BackgroundService
{
    private readonly Channel<(string Owner, Guid BankId)> _queue = Channel.CreateBounded<(string, Guid)>(
        new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly ConcurrentDictionary<Guid, IndexStatus> _progress = new();

    /// <summary>The embedder every index uses; the model is loaded on first use and shared.</summary>
    public static IEmbedder Embedder => MiniLmEmbedder.Shared;

    /// <summary>Asks for the bank's vectors to be computed in the background (after an import or an edit).</summary>
    public void Enqueue(string owner, Guid bankId)
    {
        if (options.Value.IndexOnImport && _progress.TryAdd(bankId, new IndexStatus(false, 0, 0)))
        {
            _queue.Writer.TryWrite((owner, bankId));
        }
    }

    /// <summary>The ready index of the bank, or its indexing status; null when the owner has no such bank.</summary>
    public async Task<(StoryIndex? Index, IndexStatus Status)?> GetAsync(string owner, Guid bankId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<BankStore>();
        if (await store.VersionAsync(owner, bankId, cancellationToken) is not { } version)
        {
            return null;
        }

        if (cache.TryGetValue(Key(bankId, owner, version.UpdatedAt), out StoryIndex? ready) && ready is not null)
        {
            return (ready, new IndexStatus(true, ready.Count, ready.Count));
        }

        if (_progress.TryGetValue(bankId, out var running))
        {
            return (null, running);
        }

        // Everything embedded already (an edit of a known bank, a restart): building takes milliseconds.
        var stored = await store.ReadAsync(owner, bankId, cancellationToken);
        var bank = BankStore.ToDomain(stored!);
        var vectors = new DbEmbeddingCache(scope.ServiceProvider.GetRequiredService<StarCoachDb>(), Embedder.ModelId, time);
        var missing = StoryIndex.CountMissing(bank, Embedder, vectors);
        if (missing == 0)
        {
            var index = StoryIndex.Build(bank, Embedder, vectors, cancellationToken: cancellationToken);
            vectors.Detach();
            Remember(bankId, owner, version.UpdatedAt, index);
            return (index, new IndexStatus(true, index.Count, index.Count));
        }

        _progress[bankId] = new IndexStatus(false, 0, missing);
        _queue.Writer.TryWrite((owner, bankId));
        return (null, new IndexStatus(false, 0, missing));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await IndexQueuedAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping (or the host failed to start): nothing half-done to report.
        }
    }

    private async Task IndexQueuedAsync(CancellationToken stoppingToken)
    {
        await foreach (var (owner, bankId) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await IndexAsync(owner, bankId, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                LogIndexingFailed(logger, e, bankId);
            }
            finally
            {
                _progress.TryRemove(bankId, out _);
            }
        }
    }

    private async Task IndexAsync(string owner, Guid bankId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<BankStore>();
        if (await store.VersionAsync(owner, bankId, cancellationToken) is not { } version
            || await store.ReadAsync(owner, bankId, cancellationToken) is not { } stored)
        {
            return;
        }

        var vectors = new DbEmbeddingCache(scope.ServiceProvider.GetRequiredService<StarCoachDb>(), Embedder.ModelId, time);
        // The page counts passages read; indexing the stories afterwards is short beside it.
        var progress = new Progress<EmbeddingProgress>(p =>
        {
            if (p.Stage == IndexStage.Embedding)
            {
                _progress[bankId] = new IndexStatus(false, p.Done, p.Total);
            }
        });
        var index = await Task.Run(() => StoryIndex.Build(BankStore.ToDomain(stored), Embedder, vectors, progress, cancellationToken), cancellationToken);
        await vectors.SaveAsync(cancellationToken);
        vectors.Detach();
        Remember(bankId, owner, version.UpdatedAt, index);
    }

    private void Remember(Guid bankId, string owner, DateTimeOffset version, StoryIndex index) =>
        cache.Set(Key(bankId, owner, version), index, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });

    private static (string, Guid, string, long) Key(Guid bankId, string owner, DateTimeOffset version) => ("story-index", bankId, owner, version.UtcTicks);

    [LoggerMessage(Level = LogLevel.Error, Message = "Indexing bank {BankId} for matching failed")]
    private static partial void LogIndexingFailed(ILogger logger, Exception exception, Guid bankId);
}
