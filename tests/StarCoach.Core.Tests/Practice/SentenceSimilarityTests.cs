using StarCoach.Core.Practice.Recall;

namespace StarCoach.Core.Tests.Practice;

/// <summary>The batched cosine the tagger compares every sentence with every behaviour by, on the real model's vectors.</summary>
public sealed class SentenceSimilarityTests(RecallModelFixture model) : IClassFixture<RecallModelFixture>
{
    private static readonly string[] Sentences =
    [
        "I called the supplier and moved the delivery to Monday.",
        "We cut the close from nine days to five.",
        "My manager disagreed, so I showed her last quarter's calendar.",
        "I coached the new nurse through her first three shifts.",
        "The outage corrupted invoices for 4,000 tenants.",
        "I rebuilt the reconciliation job over a weekend.",
        "Customers stopped calling about late refunds.",
        "I listened to the night team's complaints and changed the rota.",
        "Errors fell from thirty a month to four.",
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(8)]
    public void Similarities_OfOneSentenceWithOthers_AreEachPairsCosine(int count)
    {
        var vectors = model.Meaning.Vectors(Sentences);
        var others = vectors.Skip(1).Take(count).ToArray();
        var cosines = new float[others.Length];

        SentenceMeaning.Similarities(vectors[0], others, cosines);

        for (var i = 0; i < others.Length; i++)
        {
            Assert.Equal(SentenceMeaning.Similarity(vectors[0], others[i]), cosines[i], 5);
        }
    }

    [Fact]
    public void Similarities_OfASentenceWithItself_IsOne()
    {
        var vector = model.Meaning.Vectors([Sentences[3]])[0];
        var cosines = new float[5];

        SentenceMeaning.Similarities(vector, [vector, vector, vector, vector, vector], cosines);

        Assert.All(cosines, c => Assert.Equal(1.0, c, 4));
    }
}
