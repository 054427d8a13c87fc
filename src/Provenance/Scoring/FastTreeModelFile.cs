using System.IO.Compression;
using System.Text;

namespace Provenance.Scoring;

/// <summary>
/// Reads the trees and the calibrator of a model that ML.NET saved for a calibrated FastTree binary
/// classifier (what <c>train</c> and <c>train-sentences</c> write) straight from the model's zip, so that
/// analysis need not load ML.NET at all (it took most of a small run's start-up). Reads only the layout it
/// knows, checked field by field (ML.NET's model header, <c>FTREE BC</c> version 1.5 trees, a Platt
/// calibrator, nothing else in the pipeline), and gives null for anything else, which is then loaded by
/// ML.NET itself. Tested against ML.NET's own reading of the same files, probability for probability.
/// </summary>
internal static class FastTreeModelFile
{
    private const string Transformer = "TransformerChain/Model.key";
    private const string CalibratedModel = "TransformerChain/Model/Model.key";
    private const string Predictor = "TransformerChain/Model/Predictor/Model.key";
    private const string Calibrator = "TransformerChain/Model/Calibrator/Model.key";

    // Each part's model signature and loader name in its header, and the format versions read here.
    private static readonly Part TransformerPart = new("BIN\0PRED", "BinaryPredXfer", 0x00010001);
    private static readonly Part CalibratedPart = new("FTWTCALP", "FeatWCaliPredExec", 0x00010001);
    private static readonly Part PredictorPart = new("FTREE\0BC", "FastTreeBinaryExec", 0x00010005);
    private static readonly Part CalibratorPart = new("PLATTCAL", "PlattCaliExec", 0x00010001);

    private sealed record Part(string Signature, string Loader, uint Version);

    /// <summary>The model's trees, or null when the file is not a calibrated FastTree model of <paramref name="featureCount"/> features in the layout read here.</summary>
    public static BoostedTrees? TryRead(string path, int featureCount)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            // Any other transform of the input would add a part of its own.
            var parts = zip.Entries.Where(e => e.Name == "Model.key").Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!parts.SetEquals([Transformer, CalibratedModel, Predictor, Calibrator])) return null;
            if (ModelOf(zip, Transformer, TransformerPart) is null || ModelOf(zip, CalibratedModel, CalibratedPart) is null) return null;
            var calibrator = ModelOf(zip, Calibrator, CalibratorPart);
            var predictor = ModelOf(zip, Predictor, PredictorPart);
            if (calibrator is null || predictor is null) return null;
            var (slope, offset) = ReadPlatt(calibrator);
            var trees = ReadTrees(predictor, featureCount);
            return trees is null ? null : new BoostedTrees(trees, slope, offset);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The model bytes of one part, after its 256-byte header (signature <c>ML\0MODEL</c>; where the model
    /// lies; its model signature, version and loader), or null when the header is not the expected one.
    /// </summary>
    private static BinaryReader? ModelOf(ZipArchive zip, string name, Part part)
    {
        using var stream = zip.GetEntry(name)!.Open();
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        var file = bytes.ToArray();
        if (file.Length < 256 || !file.AsSpan(0, 8).SequenceEqual("ML\0MODEL"u8)) return null;
        var modelStart = BitConverter.ToInt64(file, 16);
        var modelLength = BitConverter.ToInt64(file, 24);
        var signature = Encoding.ASCII.GetString(file, 64, 8);
        var version = BitConverter.ToUInt32(file, 72);
        var loader = Encoding.ASCII.GetString(file, 80, 24).TrimEnd('\0');
        if (signature != part.Signature || version != part.Version || loader != part.Loader) return null;
        if (modelStart < 256 || modelLength < 0 || modelStart + modelLength > file.Length) return null;
        return new BinaryReader(new MemoryStream(file, (int)modelStart, (int)modelLength, writable: false));
    }

    private static (double Slope, double Offset) ReadPlatt(BinaryReader model)
    {
        var slope = model.ReadDouble();
        var offset = model.ReadDouble();
        if (model.BaseStream.Position != model.BaseStream.Length) throw new InvalidDataException("Unexpected data after the Platt calibrator.");
        return (slope, offset);
    }

    /// <summary>
    /// The ensemble: the size of a float (4), the number of trees, each tree, the bias, two string ids
    /// (initial content, training options) and the number of features. Null when a tree is of another
    /// kind, weighted, has categorical splits or the ensemble a bias: things the direct walk does not do.
    /// </summary>
    private static List<BoostedTrees.Tree>? ReadTrees(BinaryReader model, int featureCount)
    {
        if (model.ReadInt32() != sizeof(float)) return null;
        var count = model.ReadInt32();
        if (count < 0) return null;
        var trees = new List<BoostedTrees.Tree>(count);
        for (var t = 0; t < count; t++)
        {
            if (ReadTree(model, featureCount) is not { } tree) return null;
            trees.Add(tree);
        }
        if (model.ReadDouble() != 0) return null;
        model.ReadInt32();
        model.ReadInt32();
        if (model.ReadInt32() != featureCount) return null;
        return model.BaseStream.Position == model.BaseStream.Length ? trees : null;
    }

    /// <summary>
    /// One tree: its kind (0, regression), leaf count, largest output, weight, then arrays each led by
    /// its length: less-or-equal children, greater children, split features, categorical nodes,
    /// binned thresholds, thresholds, defaults for missing values, leaf values, and three arrays of
    /// training statistics.
    /// </summary>
    private static BoostedTrees.Tree? ReadTree(BinaryReader model, int featureCount)
    {
        if (model.ReadByte() != 0) return null;
        var leafCount = model.ReadInt32();
        model.ReadDouble();
        if (model.ReadDouble() != 1) return null;
        var lessOrEqual = ReadArray(model, r => r.ReadInt32());
        var greater = ReadArray(model, r => r.ReadInt32());
        var features = ReadArray(model, r => r.ReadInt32());
        if (ReadArray(model, r => r.ReadInt32()).Length != 0) return null;
        ReadArray(model, r => r.ReadUInt32());
        var thresholds = ReadArray(model, r => r.ReadSingle());
        var defaults = ReadArray(model, r => r.ReadSingle());
        var leaves = ReadArray(model, r => r.ReadDouble());
        for (var statistics = 0; statistics < 3; statistics++) ReadArray(model, r => r.ReadDouble());

        var nodes = leafCount - 1;
        if (leafCount < 2 || lessOrEqual.Length < nodes || greater.Length < nodes || features.Length < nodes || thresholds.Length != nodes
            || (defaults.Length != 0 && defaults.Length < nodes) || leaves.Length < leafCount)
            return null;
        for (var n = 0; n < nodes; n++)
        {
            if (features[n] < 0 || features[n] >= featureCount) return null;
            if (!IsChild(lessOrEqual[n], n, nodes, leafCount) || !IsChild(greater[n], n, nodes, leafCount)) return null;
        }
        // ML.NET treats an all-zero table of defaults as none: a missing value then goes to the greater side.
        var missing = defaults.Any(d => d != 0) ? defaults[..nodes] : null;
        return new BoostedTrees.Tree(lessOrEqual[..nodes], greater[..nodes], features[..nodes], thresholds, missing, leaves[..leafCount]);
    }

    /// <summary>A child is a later node (as ML.NET numbers them), so that every walk ends, or a leaf, complemented.</summary>
    private static bool IsChild(int child, int parent, int nodes, int leaves) => child >= 0 ? child > parent && child < nodes : ~child < leaves;

    private static T[] ReadArray<T>(BinaryReader model, Func<BinaryReader, T> read)
    {
        var length = model.ReadInt32();
        if (length < 0 || length > model.BaseStream.Length) throw new InvalidDataException("A bad array length.");
        var values = new T[length];
        for (var i = 0; i < length; i++) values[i] = read(model);
        return values;
    }
}
