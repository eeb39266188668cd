using StarCoach.Core.Matching;

namespace StarCoach.Core.Tests.Matching;

/// <summary>The real model, counting the calls and texts it is given (same model id, so the same cache keys).</summary>
internal sealed class CountingEmbedder(IEmbedder model) : IEmbedder
{
    public string ModelId => model.ModelId;

    public int Dimensions => model.Dimensions;

    public int Calls { get; private set; }

    public int Texts { get; private set; }

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        Calls++;
        Texts += texts.Count;
        return model.Embed(texts, cancellationToken);
    }
}
