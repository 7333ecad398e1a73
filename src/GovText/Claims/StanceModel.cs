using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace GovText.Claims;

/// <summary>
/// The learned second opinion of the stance classifier: a multinomial logistic regression over hashed features of the
/// question, the first answer sentences, the lexicon hits and the rule decision (<see cref="StanceFeatures"/>). The
/// rules find the cue, the qualifier and the proposition; the model decides the label when it is confident enough
/// (<see cref="StanceClassifier"/>). Trained by <c>tools/GovText.Train stance</c> on the project's gold pairs
/// (docs/stance.md, "Learned model"). Immutable and thread-safe after loading.
/// </summary>
internal sealed class StanceModel
{
    private const int Magic = 0x47545354; // "GTST"
    private const int FormatVersion = 1;
    private static readonly Lazy<StanceModel?> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<int, float[]> _weights;

    /// <summary>Number of labels (the members of <see cref="StanceLabel"/>).</summary>
    public static readonly int LabelCount = Enum.GetValues<StanceLabel>().Length;

    public StanceModel(Dictionary<int, float[]> weights, string description)
    {
        _weights = weights;
        Description = description;
    }

    /// <summary>The embedded model, or null when the assembly was built without it.</summary>
    public static StanceModel? Default => s_default.Value;

    /// <summary>Free-text description of the training run.</summary>
    public string Description { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>Label probabilities (softmax of the summed weights) for one pair's features.</summary>
    public double[] Probabilities(IReadOnlyList<int> features)
    {
        var scores = new double[LabelCount];
        foreach (var f in features)
        {
            if (_weights.TryGetValue(f, out var row))
            {
                for (var l = 0; l < LabelCount; l++)
                {
                    scores[l] += row[l];
                }
            }
        }

        return Softmax(scores);
    }

    /// <summary>The summed weights of <paramref name="features"/> for one label (used to pick a cue sentence).</summary>
    public double Score(IReadOnlyList<int> features, StanceLabel label)
    {
        var sum = 0.0;
        foreach (var f in features)
        {
            if (_weights.TryGetValue(f, out var row))
            {
                sum += row[(int)label];
            }
        }

        return sum;
    }

    /// <summary>Softmax in place, returning the same array.</summary>
    public static double[] Softmax(double[] scores)
    {
        var max = scores.Max();
        var total = 0.0;
        for (var l = 0; l < scores.Length; l++)
        {
            scores[l] = Math.Exp(scores[l] - max);
            total += scores[l];
        }

        for (var l = 0; l < scores.Length; l++)
        {
            scores[l] /= total;
        }

        return scores;
    }

    /// <summary>Writes the model (gzip; weights as 32-bit floats, keys in ascending order).</summary>
    public void Write(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Description);
        writer.Write(LabelCount);
        writer.Write(_weights.Count);
        foreach (var (key, row) in _weights.OrderBy(e => e.Key))
        {
            writer.Write(key);
            foreach (var w in row)
            {
                writer.Write(w);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a stance model of this version.</exception>
    public static StanceModel Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a GovText stance model (or an unsupported version).");
        }

        var description = reader.ReadString();
        if (reader.ReadInt32() != LabelCount)
        {
            throw new InvalidDataException("The stance model was trained with a different label set.");
        }

        var count = reader.ReadInt32();
        var weights = new Dictionary<int, float[]>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadInt32();
            var row = new float[LabelCount];
            for (var l = 0; l < LabelCount; l++)
            {
                row[l] = reader.ReadSingle();
            }

            weights[key] = row;
        }

        return new StanceModel(weights, description);
    }

    private static StanceModel? LoadEmbedded()
    {
        using var stream = typeof(StanceModel).Assembly.GetManifestResourceStream("GovText.Claims.Resources.stance-nl.bin");
        return stream is null ? null : Read(stream);
    }
}

/// <summary>
/// Hashed features of a question → answer pair for <see cref="StanceModel"/>: the rule decision and its kind, the
/// question's opening words and type, the words and word pairs of the first answer sentence, the words of sentences 2–3,
/// which lexicons match where, negation, overlap with the question and length. Deterministic (FNV-1a).
/// </summary>
internal static partial class StanceFeatures
{
    /// <summary>Sentences after the first whose words count.</summary>
    public const int LaterSentences = 2;

    /// <summary>The features of one pair.</summary>
    /// <param name="question">The normalised question.</param>
    /// <param name="mainQuestion">The main question sentence.</param>
    /// <param name="sentences">The answer's first sentences (normalised text).</param>
    /// <param name="rule">The rule decision.</param>
    /// <param name="lexicons">The stance lexicons.</param>
    public static List<int> Of(string question, string mainQuestion, IReadOnlyList<string> sentences, StanceResult rule, StanceLexicons lexicons)
    {
        var features = new List<int>(160);
        void Add(string s) => features.Add(Hash(s));
        Add("bias");
        var label = StanceNames.Of(rule.Label);
        var kind = RuleKind(rule.Rule);
        Add("rule=" + label);
        Add("kind=" + kind);
        var qWords = Words(mainQuestion).Take(3).ToList();
        var q1 = qWords.Count > 0 ? qWords[0] : "-";
        Add("q1=" + q1);
        Add("q12=" + q1 + "_" + (qWords.Count > 1 ? qWords[1] : "-"));
        Add("rule=" + label + "|q1=" + q1);
        var yesNo = mainQuestion.Length > 0 && Propositions.IsYesNo(mainQuestion);
        Add("yesno=" + yesNo);
        Add("rule=" + label + "|yesno=" + yesNo);
        foreach (var w in QuestionKeys(question))
        {
            Add("qkey=" + w);
        }

        Add("sentences=" + Math.Min(sentences.Count, 4));
        var length = sentences.Sum(s => s.Length);
        Add("length=" + (length < 60 ? 0 : length < 200 ? 1 : length < 600 ? 2 : 3));
        for (var i = 0; i < Math.Min(sentences.Count, LaterSentences + 1); i++)
        {
            var at = i == 0 ? "1" : "23";
            var s = sentences[i];
            foreach (var name in lexicons.Matching(s))
            {
                Add($"lex{at}={name}");
                if (i == 0)
                {
                    Add($"lex1={name}|q1={q1}");
                }
            }

            if (i == 0)
            {
                AddSentence(s, "a1", features);
                var overlap = mainQuestion.Length == 0 ? 0 : Overlap.Content(s, mainQuestion);
                Add("overlap=" + (overlap < 0.01 ? 0 : overlap < 0.15 ? 1 : overlap < 0.3 ? 2 : overlap < 0.5 ? 3 : 4));
            }
            else
            {
                foreach (var w in Words(s).Distinct())
                {
                    Add("a23=" + w);
                }
            }
        }

        return features;
    }

    /// <summary>The features of one sentence as if it opened the answer (its words and word pairs), to rank cue sentences.</summary>
    public static List<int> OfSentence(string sentence)
    {
        var features = new List<int>(64);
        AddSentence(sentence, "a1", features);
        return features;
    }

    private static void AddSentence(string sentence, string prefix, List<int> features)
    {
        var words = Words(sentence).ToList();
        if (words.Count > 0)
        {
            features.Add(Hash($"{prefix}start={words[0]}_{(words.Count > 1 ? words[1] : "-")}"));
        }

        foreach (var w in words.Distinct())
        {
            features.Add(Hash($"{prefix}={w}"));
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            features.Add(Hash($"{prefix}b={words[i]}_{words[i + 1]}"));
        }
    }

    /// <summary>The kind of rule that decided: the text before the first ':' or '+' detail, without "after referral".</summary>
    public static string RuleKind(string rule)
    {
        var r = rule.StartsWith("after referral: ", StringComparison.Ordinal) ? rule["after referral: ".Length..] : rule;
        var cut = r.IndexOfAny([':', '+']);
        r = (cut >= 0 ? r[..cut] : r).Trim();
        return RuleDigits().Replace(r, "#");
    }

    private static IEnumerable<string> QuestionKeys(string question)
    {
        var lower = question.ToLowerInvariant();
        foreach (var key in s_questionKeys)
        {
            if (lower.Contains(key, StringComparison.Ordinal))
            {
                yield return key;
            }
        }
    }

    private static readonly string[] s_questionKeys =
        ["bereid", "bekend met", "klopt het", "eens", "deelt u", "erkent u", "kunt u", "waarom", "hoeveel", "wanneer", "welke", "op welke wijze",
         "hoe ", "wat ", "zo ja", "zo nee", "gaat u", "wilt u", "overweegt", "is het mogelijk", "is er", "zijn er", "heeft u", "hebt u", "vindt u"];

    private static IEnumerable<string> Words(string text)
    {
        foreach (Match m in Word().Matches(text))
        {
            yield return m.Value.ToLowerInvariant();
        }
    }

    private static int Hash(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)h;
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\d+")]
    private static partial Regex RuleDigits();
}

/// <summary>The stance lexicons by name, for the features (which of them match a sentence).</summary>
internal sealed class StanceLexicons(IReadOnlyList<(string Name, Lexicon Lexicon)> lexicons)
{
    /// <summary>The names of the lexicons with a match in <paramref name="sentence"/>.</summary>
    public IEnumerable<string> Matching(string sentence)
    {
        foreach (var (name, lexicon) in lexicons)
        {
            if (lexicon.IsMatch(sentence))
            {
                yield return name;
            }
        }
    }
}
