using System.Diagnostics;
using GovText.Language;
using GovText.Train;

// GovText model training. Usage:
//   dotnet run --project tools/GovText.Train -c Release -- upos --shared ../shared --out src/GovText/Language/Resources/upos-nl.bin
//   dotnet run --project tools/GovText.Train -c Release -- eval --shared ../shared [--model file]
//   dotnet run --project tools/GovText.Train -c Release -- tune --shared ../shared   (held-out dev slices; never the test sets)
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: GovText.Train (upos|eval|tune) --shared DIR [--out FILE] [--model FILE] [--epochs N] [--seed N] [--min-freq N] [--min-ratio R]");
    return 2;
}

var command = args[0];
string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

var shared = Option("--shared", "../shared");
var epochs = int.Parse(Option("--epochs", "12"), System.Globalization.CultureInfo.InvariantCulture);
var seed = int.Parse(Option("--seed", "20240306"), System.Globalization.CultureInfo.InvariantCulture);
var minFreq = int.Parse(Option("--min-freq", "20"), System.Globalization.CultureInfo.InvariantCulture);
var minRatio = double.Parse(Option("--min-ratio", "0.97"), System.Globalization.CultureInfo.InvariantCulture);
var passes = int.Parse(Option("--passes", "2"), System.Globalization.CultureInfo.InvariantCulture);
var devWeight = int.Parse(Option("--dev-weight", "2"), System.Globalization.CultureInfo.InvariantCulture);
var data = new Data(shared);

switch (command)
{
    case "upos":
    {
        var output = Option("--out", "src/GovText/Language/Resources/upos-nl.bin");
        var training = data.Training(devWeight);
        var description = $"UPOS averaged perceptron; train = UD Dutch LassySmall 2017 train minus {data.Overlap.Count} dev/test-overlap sentences (annotation harmonised to current UD) + UD LassySmall dev + UD Alpino dev (dev weight {devWeight}; {training.Count:N0} sentences, {training.Sum(s => s.Forms.Length):N0} tokens); passes={passes}; epochs={epochs}; seed={seed}; tagdict min-freq={minFreq} min-ratio={minRatio}; CC BY-SA 4.0";
        var (tagger, lemmatizer) = TrainAndWrite(training, output, description);
        Console.WriteLine(description);
        Evaluate(tagger, lemmatizer, data);
        return 0;
    }

    case "eval":
    {
        var modelPath = Option("--model", "");
        var (tagger, lemmatizer) = modelPath.Length > 0 ? Load(modelPath) : (DutchPipeline.Default.Tagger, DutchPipeline.Default.Lemmatizer);
        Console.WriteLine(tagger.Description);
        Evaluate(tagger, lemmatizer, data);
        return 0;
    }

    case "tune":
    {
        // Cross-validation over the dev sets: fold k holds out every 5th dev sentence starting at k and trains on
        // the rest (plus the 2017 train file). The test sets are never touched.
        var folds = int.Parse(Option("--folds", "1"), System.Globalization.CultureInfo.InvariantCulture);
        var trainClean = data.TrainClean().ToList();
        var lassyDev = data.LassyDev().ToList();
        var alpinoDev = data.AlpinoDev().ToList();
        var totals = new int[4];
        for (var fold = 0; fold < folds; fold++)
        {
            var train = new List<ConlluSentence>(trainClean);
            var heldLassy = new List<ConlluSentence>();
            var heldAlpino = new List<ConlluSentence>();
            var devTrain = new List<ConlluSentence>();
            Split(lassyDev, devTrain, heldLassy, (4 + fold) % 5);
            Split(alpinoDev, devTrain, heldAlpino, (4 + fold) % 5);
            for (var k = 0; k < devWeight; k++)
            {
                train.AddRange(devTrain);
            }

            var path = Path.Combine(Path.GetTempPath(), $"govtext-tune-{Environment.ProcessId}.bin");
            var (tagger, lemmatizer) = TrainAndWrite(train, path, "tune");
            File.Delete(path);
            var l = Report("held-out LassySmall dev", tagger, lemmatizer, heldLassy);
            var a = Report("held-out Alpino dev", tagger, lemmatizer, heldAlpino);
            totals[0] += l.Correct;
            totals[1] += l.Tokens;
            totals[2] += a.Correct;
            totals[3] += a.Tokens;
            if (folds == 1)
            {
                Confusions(tagger, [.. heldLassy, .. heldAlpino], train);
            }
        }

        Console.WriteLine($"CV {folds} folds: LassySmall dev {100.0 * totals[0] / totals[1]:F2} %, Alpino dev {100.0 * totals[2] / totals[3]:F2} %");
        return 0;
    }

    default:
        Console.Error.WriteLine($"unknown command '{command}'");
        return 2;
}

static void Split(IEnumerable<ConlluSentence> source, List<ConlluSentence> train, List<ConlluSentence> held, int heldRemainder)
{
    var i = 0;
    foreach (var s in source)
    {
        (i++ % 5 == heldRemainder ? held : train).Add(s);
    }
}

(PerceptronTagger, DutchLemmatizer) TrainAndWrite(List<ConlluSentence> training, string output, string description)
{
    var sw = Stopwatch.StartNew();
    var tagDictionary = Trainer.BuildTagDictionary(training, minFreq, minRatio);
    var (weights, second) = Trainer.TrainStacked(training, tagDictionary, epochs, seed, passes, Console.WriteLine);
    var (pairs, forms) = LemmaTables.Build(training);
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    using (var file = File.Create(output))
    {
        PerceptronTagger.Write(file, description, weights, second, tagDictionary, pairs, forms);
    }

    Console.WriteLine($"wrote {output}: {new FileInfo(output).Length:N0} bytes, {weights.Count:N0}+{second?.Count ?? 0:N0} features, {tagDictionary.Count:N0} tag-dictionary words, {pairs.Count:N0}+{forms.Count:N0} lemma entries, {sw.Elapsed.TotalSeconds:F1} s");
    return Load(output);
}

static (PerceptronTagger, DutchLemmatizer) Load(string path)
{
    using var stream = File.OpenRead(path);
    return PerceptronTagger.Read(stream);
}

static void Evaluate(PerceptronTagger tagger, DutchLemmatizer lemmatizer, Data data)
{
    Report("UD Dutch LassySmall test", tagger, lemmatizer, data.LassyTest().ToList());
    Report("UD Dutch Alpino test", tagger, lemmatizer, data.AlpinoTest().ToList());
}

static void Confusions(PerceptronTagger tagger, List<ConlluSentence> sentences, List<ConlluSentence> train)
{
    var known = train.SelectMany(s => s.Forms).ToHashSet(StringComparer.Ordinal);
    var counts = new Dictionary<string, int>();
    int unknown = 0, unknownCorrect = 0;
    foreach (var s in sentences)
    {
        var tags = tagger.Tag(s.Forms);
        for (var i = 0; i < tags.Length; i++)
        {
            if (!known.Contains(s.Forms[i]))
            {
                unknown++;
                unknownCorrect += tags[i] == s.Tags[i] ? 1 : 0;
            }

            if (tags[i] != s.Tags[i])
            {
                if (Environment.GetEnvironmentVariable("GOVTEXT_SHOW_ERRORS") == "1")
                {
                    Console.WriteLine($"    {s.Forms[i]} gold={s.Tags[i]} got={tags[i]} | {string.Join(' ', s.Forms.Skip(Math.Max(0, i - 3)).Take(7))}");
                }

                var key = $"{s.Tags[i]}->{tags[i]}";
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
    }

    Console.WriteLine($"unknown words: {unknown}, accuracy {100.0 * unknownCorrect / Math.Max(1, unknown):F2} %");
    foreach (var (k, v) in counts.OrderByDescending(kv => kv.Value).Take(15))
    {
        Console.WriteLine($"  {k}: {v}");
    }
}

static UposEvaluation.Result Report(string name, PerceptronTagger tagger, DutchLemmatizer lemmatizer, List<ConlluSentence> sentences)
{
    var sw = Stopwatch.StartNew();
    var result = UposEvaluation.Run(tagger, lemmatizer, sentences);
    Console.WriteLine($"{name}: UPOS {result.UposAccuracy:F2} % ({result.Correct:N0}/{result.Tokens:N0}), lemma {result.LemmaAccuracy:F2} % (case-insensitive, underscores removed), {sw.Elapsed.TotalMilliseconds:F0} ms");
    return result;
}
