namespace StarCoach.Core.Matching;

/// <summary>
/// The k best-scoring items of a score array, without sorting the whole array: a bounded min-heap keeps the best
/// k seen so far (O(n log k)). Ties go to the lower index, so results are deterministic.
/// </summary>
internal static class TopK
{
    public static (int Index, float Score)[] Select(ReadOnlySpan<float> scores, int k, float floor = float.NegativeInfinity)
    {
        k = Math.Min(k, scores.Length);
        if (k <= 0)
        {
            return [];
        }

        var heap = new (int Index, float Score)[k];
        var size = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var score = scores[i];
            if (score <= floor || float.IsNaN(score))
            {
                continue;
            }

            if (size < k)
            {
                heap[size] = (i, score);
                SiftUp(heap, size++);
            }
            else if (Better(score, i, heap[0]))
            {
                heap[0] = (i, score);
                SiftDown(heap, size);
            }
        }

        var result = heap[..size];
        Array.Sort(result, (a, b) => Better(a.Score, a.Index, b) ? -1 : Better(b.Score, b.Index, a) ? 1 : 0);
        return result;
    }

    private static bool Better(float score, int index, (int Index, float Score) other) =>
        score > other.Score || (score == other.Score && index < other.Index);

    // The root is the worst of the kept items.
    private static void SiftUp((int Index, float Score)[] heap, int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Better(heap[parent].Score, heap[parent].Index, heap[i]))
            {
                return;
            }

            (heap[parent], heap[i]) = (heap[i], heap[parent]);
            i = parent;
        }
    }

    private static void SiftDown((int Index, float Score)[] heap, int size)
    {
        var i = 0;
        while (true)
        {
            var left = (2 * i) + 1;
            var right = left + 1;
            var worst = i;
            if (left < size && Better(heap[worst].Score, heap[worst].Index, heap[left]))
            {
                worst = left;
            }

            if (right < size && Better(heap[worst].Score, heap[worst].Index, heap[right]))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            (heap[worst], heap[i]) = (heap[i], heap[worst]);
            i = worst;
        }
    }
}
