using StarCoach.Core.Matching;

namespace StarCoach.Core.Tests.Matching;

public sealed class FileEmbeddingCacheTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("starcoach-cache-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Save_ThenOpen_ReturnsTheSameVectors()
    {
        var embedder = new HashingEmbedder();
        var key = EmbeddingCacheKey.For(embedder.ModelId, "hello");
        var vector = embedder.Vector("hello world");
        var cache = FileEmbeddingCache.Open(_dir.FullName, embedder);
        cache.Set(key, vector);

        Assert.True(cache.Save());
        var reopened = FileEmbeddingCache.Open(_dir.FullName, embedder);

        Assert.True(reopened.TryGet(key, out var read));
        Assert.Equal(vector, read);
    }

    [Fact]
    public void Open_DamagedFile_StartsEmpty()
    {
        var embedder = new HashingEmbedder();
        var cache = FileEmbeddingCache.Open(_dir.FullName, embedder);
        File.WriteAllText(cache.FilePath, "not a cache");

        var reopened = FileEmbeddingCache.Open(_dir.FullName, embedder);

        Assert.Equal(0, reopened.Count);
    }

    [Fact]
    public void Key_DependsOnModelAndText() =>
        Assert.Equal(3, new[] { EmbeddingCacheKey.For("m1", "a"), EmbeddingCacheKey.For("m2", "a"), EmbeddingCacheKey.For("m1", "b") }.Distinct().Count());
}
