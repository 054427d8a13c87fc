using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;
using Provenance.Normalization;
using Provenance.Scoring;

namespace Provenance.Tests.Scoring;

/// <summary>
/// Reading a model file without ML.NET: the shipped models are read, and anything outside the layout the
/// reader knows (another kind of model, another feature count, a damaged part, another transform in the
/// pipeline) is left to ML.NET, which still predicts with it.
/// </summary>
public class FastTreeModelFileTests
{
    private static string Shipped => DataDirectory.Model(DataDirectory.Find());

    [Fact]
    public void The_shipped_model_is_read_without_ml_net()
    {
        Assert.NotNull(FastTreeModelFile.TryRead(Shipped, PairFeatures.Count));
        using var model = WireCopyModel.Load(Shipped);
        Assert.True(model.IsEvaluatedDirectly);
    }

    [Fact]
    public void Another_feature_count_is_not_read()
    {
        Assert.Null(FastTreeModelFile.TryRead(Shipped, PairFeatures.Count + 1));
        Assert.Null(FastTreeModelFile.TryRead(Shipped, PairFeatures.Count - 1));
    }

    [Theory]
    [InlineData("TransformerChain/Model/Predictor/Model.key", 4000)]
    [InlineData("TransformerChain/Model/Predictor/Model.key", 300)]
    [InlineData("TransformerChain/Model/Calibrator/Model.key", 260)]
    [InlineData("TransformerChain/Model.key", 100)]
    public void A_cut_part_is_not_read(string part, int keptBytes)
    {
        var path = Rewritten((name, bytes) => name == part ? bytes[..keptBytes] : bytes);
        Assert.Null(FastTreeModelFile.TryRead(path, PairFeatures.Count));
    }

    [Fact]
    public void Another_version_of_the_trees_is_not_read()
    {
        // The model's format version sits at byte 72 of its header.
        var path = Rewritten((name, bytes) =>
        {
            if (name == "TransformerChain/Model/Predictor/Model.key") bytes[72] = 0x06;
            return bytes;
        });
        Assert.Null(FastTreeModelFile.TryRead(path, PairFeatures.Count));
    }

    [Fact]
    public void A_pipeline_with_another_transform_is_left_to_ml_net()
    {
        var path = Rewritten((_, bytes) => bytes, extra: "TransformerChain/Transform_000/Model.key");
        Assert.Null(FastTreeModelFile.TryRead(path, PairFeatures.Count));
    }

    [Fact]
    public void Another_kind_of_model_is_loaded_by_ml_net_and_predicts()
    {
        var context = new MLContext(3);
        var random = new Random(3);
        var rows = Enumerable.Range(0, 200).Select(i =>
        {
            var features = Enumerable.Range(0, PairFeatures.Count).Select(_ => (float)random.NextDouble()).ToArray();
            return new FeatureRow { Features = features, Label = features[0] + features[1] > 1 };
        }).ToList();
        var data = context.Data.LoadFromEnumerable(rows, FeatureRow.Schema(PairFeatures.Count));
        var trained = context.BinaryClassification.Trainers.SdcaLogisticRegression(maximumNumberOfIterations: 20).Fit(data);
        var path = Path.Combine(TestData.TempFolder(), "linear.zip");
        context.Model.Save(trained, data.Schema, path);

        Assert.Null(FastTreeModelFile.TryRead(path, PairFeatures.Count));
        using var model = WireCopyModel.Load(path);
        Assert.False(model.IsEvaluatedDirectly);
        var expected = trained.Transform(data).GetColumn<float>("Probability").First();
        Assert.Equal(expected, model.Probability(rows[0].Features), 5);
    }

    /// <summary>A copy of the shipped model with each part's bytes passed through <paramref name="change"/>, and maybe one part more.</summary>
    private static string Rewritten(Func<string, byte[], byte[]> change, string? extra = null)
    {
        var path = Path.Combine(TestData.TempFolder(), "model.zip");
        using (var source = ZipFile.OpenRead(Shipped))
        using (var target = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries)
            {
                using var read = entry.Open();
                var bytes = new MemoryStream();
                read.CopyTo(bytes);
                using var write = target.CreateEntry(entry.FullName).Open();
                write.Write(change(entry.FullName, bytes.ToArray()));
            }
            if (extra is not null)
            {
                using var write = target.CreateEntry(extra).Open();
                write.Write(new byte[300]);
            }
        }
        return path;
    }
}
