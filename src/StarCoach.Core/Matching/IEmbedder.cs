namespace StarCoach.Core.Matching;

/// <summary>Turns texts into unit-length vectors whose dot product says how alike their meanings are.</summary>
public interface IEmbedder
{
    /// <summary>Identifies the model and its version; part of every cache key, so vectors of different models never mix.</summary>
    string ModelId { get; }

    /// <summary>Length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>One normalised vector per text, in order.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
