using System.Numerics.Tensors;
using StarCoach.Core.Matching;

namespace StarCoach.Core.Tests.Matching;

public sealed class QuantizedVectorIndexTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(384)]
    [InlineData(385)]
    public void Dot_SignedBytes_EqualsTheScalarSum(int length)
    {
        var random = new Random(length);
        var a = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
        var b = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();

        Assert.Equal(a.Zip(b, (x, y) => x * y).Sum(), QuantizedVectorIndex.Dot(a, b));
    }

    [Fact]
    public void Dot_ExtremeValues_DoesNotOverflow()
    {
        var a = Enumerable.Repeat((sbyte)127, 384).ToArray();
        var b = Enumerable.Repeat((sbyte)-127, 384).ToArray();

        Assert.Equal(-127 * 127 * 384, QuantizedVectorIndex.Dot(a, b));
    }

    [Theory]
    [InlineData(false, 0.003)]
    [InlineData(true, 0.0003)]
    public void Dot_FloatQuery_IsWithinTheRoundingOfTheStoredRows(bool withResidual, double tolerance)
    {
        var random = new Random(5);
        var rows = Enumerable.Range(0, 300).Select(_ => Unit(random)).ToArray();
        var index = new QuantizedVectorIndex(384, 4, withResidual);
        foreach (var row in rows)
        {
            index.Add(row);
        }

        var query = Unit(random);
        var errors = rows.Select((row, i) => Math.Abs(index.Dot(query, i) - TensorPrimitives.Dot(query, row))).ToList();

        Assert.Equal(300, index.Count);
        Assert.True(errors.Max() < tolerance, $"largest error {errors.Max()}");
        Assert.True(errors.Average() > tolerance / 100, "rows are not stored as floats");
    }

    [Fact]
    public void CopyRow_WithResidual_GivesBackEachComponentToASixteenthOfAStep()
    {
        // Its largest component is negative, as the scale of its row.
        var row = Unit(new Random(9));
        row[0] = -1;
        TensorPrimitives.Divide(row, TensorPrimitives.Norm(row), row);
        var index = new QuantizedVectorIndex(384, withResidual: true);
        index.Add(row);
        var copy = new float[384];

        index.CopyRow(0, copy);

        var step = MathF.Abs(TensorPrimitives.MaxMagnitude(row)) / 127;
        Assert.All(row.Zip(copy), p => Assert.InRange(Math.Abs(p.First - p.Second), 0, step / 16));
    }

    [Fact]
    public void Nearest_UnitVectors_ScoresCloseToTheFloatDotProductAndKeepsTheBest()
    {
        var random = new Random(3);
        var rows = Enumerable.Range(0, 2000).Select(_ => Unit(random)).ToArray();
        var index = new QuantizedVectorIndex(384);
        foreach (var row in rows)
        {
            index.Add(row);
        }

        var query = Unit(random);
        var nearest = index.Nearest(query, 10);

        var exact = rows.Select((r, i) => (Index: i, Score: TensorPrimitives.Dot(query, r))).OrderByDescending(x => x.Score).ToArray();
        Assert.Equal(10, nearest.Length);
        Assert.Equal(exact[0].Index, nearest[0].Index);
        Assert.All(nearest, n => Assert.InRange(n.Score - TensorPrimitives.Dot(query, rows[n.Index]), -0.02f, 0.02f));
        Assert.Subset(exact.Take(20).Select(x => x.Index).ToHashSet(), nearest.Take(5).Select(n => n.Index).ToHashSet());
    }

    [Fact]
    public void Nearest_ZeroRow_ScoresZero()
    {
        var index = new QuantizedVectorIndex(4);
        index.Add([0f, 0f, 0f, 0f]);
        index.Add([1f, 0f, 0f, 0f]);

        Assert.Equal([(1, 1f), (0, 0f)], index.Nearest([1f, 0f, 0f, 0f], 2));
    }

    private static float[] Unit(Random random)
    {
        var vector = Enumerable.Range(0, 384).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    }
}
