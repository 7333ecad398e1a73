using System.Diagnostics;
using GovText.Language;
using GovText.Train;

// GovText model training. Usage:
//   dotnet run --project tools/GovText.Train -c Release -- upos --shared ../shared --out src/GovText/Language/Resources/upos-nl.bin
//   dotnet run --project tools/GovText.Train -c Release -- eval --shared ../shared [--model file]
//   dotnet run --project tools/GovText.Train -c Release -- tune --shared ../shared --folds 5   (cross-validation on the dev sets; never the test sets)
//   dotnet run --project tools/GovText.Train -c Release -- clusters --shared ../shared --out clusters.tsv   (the word-cluster table, for inspection)
//   dotnet run --project tools/GovText.Train -c Release -- bench --shared ../shared [--ner]   (tokenizer and pipeline throughput)
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: GovText.Train (upos|eval|tune|bench) --shared DIR [--out FILE] [--model FILE] [--epochs N] [--seed N] [--min-freq N] [--min-ratio R]");
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
var layout = Option("--layout", "r2l") switch
{
    "l2r" => PerceptronTagger.LayoutLeftToRight,
    "r2l" => PerceptronTagger.LayoutRightToLeft,
    "both" => PerceptronTagger.LayoutBoth,
    var other => throw new ArgumentException($"--layout must be l2r, r2l or both, not '{other}'"),
};
var lexiconMin = int.Parse(Option("--lexicon-min", "1"), System.Globalization.CultureInfo.InvariantCulture);
var wordDropout = double.Parse(Option("--word-dropout", "0.5"), System.Globalization.CultureInfo.InvariantCulture);
var mapMin = int.Parse(Option("--map-min", "0"), System.Globalization.CultureInfo.InvariantCulture);
var mapRatio = double.Parse(Option("--map-ratio", "0.9"), System.Globalization.CultureInfo.InvariantCulture);
var devWeight = int.Parse(Option("--dev-weight", "2"), System.Globalization.CultureInfo.InvariantCulture);
Trainer.EnsembleSize = int.Parse(Option("--ensemble", "5"), System.Globalization.CultureInfo.InvariantCulture);
var alpinoWeight = int.Parse(Option("--alpino-weight", Option("--dev-weight", "2")), System.Globalization.CultureInfo.InvariantCulture);
Trainer.Rule = Option("--update", "perceptron") switch
{
    "perceptron" => Trainer.UpdateRule.Perceptron,
    "margin" => Trainer.UpdateRule.Margin,
    "pa" => Trainer.UpdateRule.PassiveAggressive,
    var other => throw new ArgumentException($"--update must be perceptron, margin or pa, not '{other}'"),
};
Trainer.DictionaryMaxOther = int.Parse(Option("--dict-max-other", "10"), System.Globalization.CultureInfo.InvariantCulture);
Trainer.FeatureSet = int.Parse(Option("--feat", TaggerFeatures.FeatureInflection.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);
var selfTokens = int.Parse(Option("--self", "0"), System.Globalization.CultureInfo.InvariantCulture);
Data.KeepDegreePronoun = Array.IndexOf(args, "--keep-meer-dan") >= 0;
Trainer.Margin = float.Parse(Option("--margin", "1"), System.Globalization.CultureInfo.InvariantCulture);
Trainer.PaC = float.Parse(Option("--pa-c", "1"), System.Globalization.CultureInfo.InvariantCulture);
var lexiconJackknife = Array.IndexOf(args, "--no-lexicon-jackknife") < 0;
var data = new Data(shared);
var clusterMin = int.Parse(Option("--cluster-min", "2"), System.Globalization.CultureInfo.InvariantCulture);
var clusterContexts = int.Parse(Option("--cluster-contexts", "800"), System.Globalization.CultureInfo.InvariantCulture);
var clusterDepth = int.Parse(Option("--cluster-depth", "12"), System.Globalization.CultureInfo.InvariantCulture);
if (Array.IndexOf(args, "--no-clusters") < 0 && command is "upos" or "tune" or "clusters")
{
    var csw = Stopwatch.StartNew();
    Trainer.WordClusters = Clusters.Build(Clusters.UnlabelledSentences(shared, data), clusterMin, clusterContexts, clusterDepth, 2, Console.WriteLine);
    Console.WriteLine($"clusters built in {csw.Elapsed.TotalSeconds:F1} s");
}

switch (command)
{
    case "upos":
    {
        var output = Option("--out", "src/GovText/Language/Resources/upos-nl.bin");
        var training = data.Training(devWeight, alpinoWeight, mapMin, mapRatio, Console.WriteLine);
        var description = $"UPOS averaged perceptron; train = UD Dutch LassySmall 2017 train minus {data.Overlap.Count} dev/test-overlap sentences (annotation harmonised to current UD; form map min {mapMin} ratio {mapRatio}) + UD LassySmall dev + UD Alpino dev (dev weight LassySmall {devWeight}, Alpino {alpinoWeight}; {training.Count:N0} sentences, {training.Sum(s => s.Forms.Length):N0} tokens); passes={passes}; first pass={Option("--layout", "r2l")}; ensemble={Trainer.EnsembleSize}; epochs={epochs}; seed={seed}; tagdict min-freq={minFreq} min-ratio={minRatio}{(Trainer.DictionaryMaxOther == int.MaxValue ? "" : $" max-other {Trainer.DictionaryMaxOther}")}; lexicon min-freq={lexiconMin}{(lexiconJackknife ? " (jackknifed)" : "")}; rare-word dropout={wordDropout}{(Trainer.Rule == Trainer.UpdateRule.Perceptron ? "" : $"; update={Trainer.Rule} margin={Trainer.Margin} C={Trainer.PaC}")}{(Trainer.FeatureSet == 0 ? "" : $"; feature groups={Trainer.FeatureSet}{(Trainer.FeatureSet == TaggerFeatures.FeatureInflection ? " (inflection class of unknown words)" : "")}")}{(Data.KeepDegreePronoun ? "; \"meer dan\"/\"meer en meer\" kept PRON" : "")}{(selfTokens > 0 ? $"; self-training {selfTokens:N0} tokens" : "")}; word clusters={(Trainer.WordClusters is null ? "none" : $"{Trainer.WordClusters.Count:N0} words from Europeana NL newspapers (CC0) + Tweede Kamer questions/answers + 2017 train forms, min count {clusterMin}, {clusterContexts} contexts, depth {clusterDepth}")}; CC BY-SA 4.0";
        var (tagger, lemmatizer) = TrainAndWrite(training, output, description);
        Console.WriteLine(description);
        if (Array.IndexOf(args, "--no-eval") < 0)
        {
            Evaluate(tagger, lemmatizer, data);
        }

        return 0;
    }

    case "lemma-dev":
    {
        // Chooses the lemma-rule settings: lookup tables and rules from the 2017 train file only, measured on the two
        // dev sets (gold UPOS); the test sets are not touched.
        var trainClean = data.TrainClean().ToList();
        var dev = data.LassyDev().Concat(data.AlpinoDev()).ToList();
        var lookup = LemmaRulesBuilder.Lookup(trainClean);
        var seen = trainClean.SelectMany(s => s.Forms.Select((f, i) => (f.ToLowerInvariant(), s.Tags[i]))).ToHashSet();
        var baseline = LemmaRulesBuilder.Measure(lookup, seen, dev);
        Console.WriteLine($"lookup only (lower-cased fallback): all {baseline.All:F2} %, unseen {baseline.Unseen:F2} % ({baseline.UnseenCount:N0} tokens)");
        var stem = LemmaRulesBuilder.Measure(lookup, seen, dev, (f, p) =>
        {
            var l = lookup.Lemmatize(f, p);
            return seen.Contains((f.ToLowerInvariant(), p)) || p is UPos.PROPN or UPos.NUM or UPos.PUNCT or UPos.SYM or UPos.X ? l : DutchLemmatizer.Stem(f);
        });
        Console.WriteLine($"lookup + Snowball stem for unseen words: all {stem.All:F2} %, unseen {stem.Unseen:F2} %");
        foreach (var minCount in new[] { 2, 3, 5, 10 })
        {
            foreach (var minShare in new[] { 0.5, 0.6, 0.7, 0.8 })
            {
                var rules = LemmaRulesBuilder.Build(trainClean, minCount, minShare);
                using var errorFile = minCount == 2 && minShare == 0.7 && Option("--errors", "") is { Length: > 0 } errorPath ? File.CreateText(errorPath) : null;
                var r = LemmaRulesBuilder.Measure(lookup.WithRules(rules), seen, dev, errors: errorFile);
                Console.WriteLine($"rules min-count {minCount} min-share {minShare:F1} ({rules.Count:N0} rules): all {r.All:F2} %, unseen {r.Unseen:F2} %");
            }
        }

        return 0;
    }

    case "infinitives":
    {
        // Infinitives written after "te" ("de Kamer te informeren", "in te vullen") in the Kamervragen texts of ../shared/corpus
        // (government texts, free of copyright): the verbs the lemmatizer may spell an unseen finite form back to ("Ik informeer"
        // → "informeren") when the UD lemma tables do not hold the verb. Two occurrences at least; a separable particle before
        // "te" also gives the particle verb ("om" and "door" are left out: "om … te", "door te zorgen" introduce the clause).
        var output = Option("--out", "src/GovText/Language/Resources/infinitives-nl.txt");
        var corpus = Path.Combine(shared, "corpus", "csv");
        var text = System.Text.RegularExpressions.Regex.Replace(string.Join(" ", Directory.GetFiles(corpus, "*.csv").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText)), @"\s+", " ");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"\b(?:(aan|af|bij|in|mee|na|op|over|terug|toe|uit|voor|weg|vast|vrij|los|samen|tegen|neer|open|stil|dicht|voort|bijeen)\s+)?te\s+(\p{Ll}{2,}en)\b"))
        {
            var verb = m.Groups[2].Value;
            counts[verb] = counts.GetValueOrDefault(verb) + 1;
            if (m.Groups[1].Success)
            {
                counts[m.Groups[1].Value + verb] = counts.GetValueOrDefault(m.Groups[1].Value + verb) + 1;
            }
        }

        var words = counts.Where(kv => kv.Value >= 2 && kv.Key is not ("allen" or "zijnen" or "haren")).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        File.WriteAllLines(output, words);
        Console.WriteLine($"wrote {output}: {words.Count:N0} infinitives");
        return 0;
    }

    case "lemma-rules":
    {
        var output = Option("--out", "src/GovText/Language/Resources/lemma-rules-nl.tsv.gz");
        var minCount = int.Parse(Option("--lemma-min-count", "3"), System.Globalization.CultureInfo.InvariantCulture);
        var minShare = double.Parse(Option("--lemma-min-share", "0.6"), System.Globalization.CultureInfo.InvariantCulture);
        var rules = LemmaRulesBuilder.Build(data.Training(devWeight, alpinoWeight, mapMin, mapRatio), minCount, minShare);
        using (var stream = File.Create(output))
        {
            rules.Write(stream);
        }

        Console.WriteLine($"wrote {output}: {rules.Count:N0} rules (min count {minCount}, min share {minShare}), {new FileInfo(output).Length:N0} bytes");
        using var check = File.OpenRead(output);
        var reread = LemmaRules.Read(check);
        var (tagger, lemmatizer) = (DutchPipeline.Default.Tagger, DutchPipeline.Default.Lemmatizer.WithRules(reread));
        Report("UD Dutch LassySmall test (with these rules)", tagger, lemmatizer, data.LassyTest().ToList());
        Report("UD Dutch Alpino test (with these rules)", tagger, lemmatizer, data.AlpinoTest().ToList());
        return 0;
    }

    case "clusters":
    {
        // Writes the word-cluster table (normalised form, bit string, sorted by bit string) for inspection.
        var output = Option("--out", "clusters.tsv");
        File.WriteAllLines(output, (Trainer.WordClusters ?? new Dictionary<string, int>())
            .Select(kv => (kv.Key, Bits: Convert.ToString(kv.Value, 2)[1..]))
            .OrderBy(e => e.Bits, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Bits}\t{e.Key}"));
        Console.WriteLine($"wrote {output}");
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
        // Cross-validation over the dev sets: fold k holds out the k-th contiguous fifth of each dev set and trains on
        // the rest (plus the 2017 train file). The test sets are never touched.
        var folds = int.Parse(Option("--folds", "1"), System.Globalization.CultureInfo.InvariantCulture);
        var trainClean = data.TrainClean().ToList();
        var lassyDev = data.LassyDev().ToList();
        var alpinoDev = data.AlpinoDev().ToList();
        var totals = new int[4];
        for (var fold = 0; fold < folds; fold++)
        {
            var heldLassy = new List<ConlluSentence>();
            var heldAlpino = new List<ConlluSentence>();
            var devTrain = new List<ConlluSentence>();
            var alpinoTrain = new List<ConlluSentence>();
            Split(lassyDev, devTrain, heldLassy, (4 + fold) % 5);
            Split(alpinoDev, alpinoTrain, heldAlpino, (4 + fold) % 5);
            var train = mapMin > 0 ? Data.HarmonizeByForm(trainClean, [.. devTrain, .. alpinoTrain], mapMin, mapRatio) : new List<ConlluSentence>(trainClean);
            for (var k = 0; k < devWeight; k++)
            {
                train.AddRange(devTrain);
            }

            for (var k = 0; k < alpinoWeight; k++)
            {
                train.AddRange(alpinoTrain);
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
            Confusions(tagger, [.. heldLassy, .. heldAlpino], train);
        }

        Console.WriteLine($"CV {folds} folds: LassySmall dev {100.0 * totals[0] / totals[1]:F2} %, Alpino dev {100.0 * totals[2] / totals[3]:F2} %");
        return 0;
    }

    case "diff2017":
    {
        // Diagnostic: tag the (harmonised) 2017 file with a model trained on the current-convention dev sets only.
        var dev = data.LassyDev().Concat(data.AlpinoDev()).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"govtext-diff-{Environment.ProcessId}.bin");
        var (tagger, _) = TrainAndWrite(dev, path, "diff");
        File.Delete(path);
        var counts = new Dictionary<string, int>();
        foreach (var s in data.TrainClean())
        {
            var tags = tagger.Tag(s.Forms);
            for (var i = 0; i < tags.Length; i++)
            {
                if (tags[i] != s.Tags[i])
                {
                    var key = $"{s.Tags[i]}->{tags[i]} {s.Forms[i].ToLowerInvariant()} ({s.Relations[i]})";
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        foreach (var (k, v) in counts.OrderByDescending(kv => kv.Value).Take(int.Parse(Option("--top", "60"), System.Globalization.CultureInfo.InvariantCulture)))
        {
            Console.WriteLine($"{v,5} {k}");
        }

        return 0;
    }

    case "tokeval":
    {
        // Tokenizer agreement with the gold UD tokenisation on the raw "# text =" sentences (span-level P/R/F1).
        var showDiff = Array.IndexOf(args, "--dev") >= 0;
        var files = showDiff
            ? new[] { "ud-dutch-lassysmall/nl_lassysmall-ud-dev.conllu", "ud-dutch-alpino/nl_alpino-ud-dev.conllu" }
            : new[] { "ud-dutch-lassysmall/nl_lassysmall-ud-test.conllu", "ud-dutch-alpino/nl_alpino-ud-test.conllu" };
        foreach (var file in files)
        {
            int gold = 0, predicted = 0, matched = 0, sentences = 0, exact = 0;
            string? text = null;
            var forms = new List<string>();
            foreach (var line in File.ReadLines(Path.Combine(shared, "data", file)).Append(string.Empty))
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text = line[9..];
                }
                else if (line.Length > 0 && char.IsDigit(line[0]))
                {
                    var cols = line.Split('\t');
                    if (!cols[0].Contains('-') && !cols[0].Contains('.'))
                    {
                        forms.Add(cols[1]);
                    }
                }
                else if (line.Length == 0 && text is not null && forms.Count > 0)
                {
                    var spans = new HashSet<(int, int)>();
                    var at = 0;
                    foreach (var f in forms)
                    {
                        var k = text.IndexOf(f, at, StringComparison.Ordinal);
                        if (k < 0)
                        {
                            break;
                        }

                        spans.Add((k, k + f.Length));
                        at = k + f.Length;
                    }

                    var ours = DutchTokenizer.Default.Tokenize(text).Select(t => (t.Start, t.End)).ToList();
                    var m = ours.Count(spans.Contains);
                    if (showDiff && (m != forms.Count || ours.Count != forms.Count))
                    {
                        var t = text;
                        Console.WriteLine($"  ours: {string.Join(" | ", ours.Where(o => !spans.Contains(o)).Select(o => t[o.Start..o.End]))}   gold: {string.Join(" | ", spans.Where(g => !ours.Contains(g)).Select(g => t[g.Item1..g.Item2]))}");
                    }

                    gold += forms.Count;
                    predicted += ours.Count;
                    matched += m;
                    sentences++;
                    exact += m == forms.Count && ours.Count == forms.Count ? 1 : 0;
                    text = null;
                    forms.Clear();
                }
            }

            var p = 100.0 * matched / predicted;
            var r = 100.0 * matched / gold;
            Console.WriteLine($"{file}: tokens P {p:F2} % R {r:F2} % F1 {2 * p * r / (p + r):F2} %; sentences tokenised exactly {100.0 * exact / sentences:F1} % ({sentences})");
        }

        return 0;
    }

    case "show":
    {
        // Prints the sentences and tags the embedded pipeline produces for a text file.
        var result = DutchPipeline.Default.Process(File.ReadAllText(Option("--file", "")));
        foreach (var sentence in result)
        {
            Console.WriteLine(string.Join(' ', sentence.Select(t => $"{t.Text}/{t.Pos}")));
        }

        return 0;
    }

    case "dump":
    {
        // Every token (form, UPOS, lemma) and NER span (with the score's exact bits) of the pipeline with NER on the UD text
        // sentences and the shared corpus texts, to check that a speed-up leaves the outputs byte for byte the same.
        var texts = new List<string> { string.Join("\n\n", Data.TextSentences(shared).Chunk(10).Select(c => string.Join(' ', c))) };
        texts.AddRange(Directory.GetFiles(Path.Combine(shared, "corpus", "text")).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        using var dump = new StreamWriter(Option("--out", "dump.txt"));
        foreach (var sentence in texts.SelectMany(t => DutchPipeline.DefaultWithNer.Process(t)))
        {
            dump.WriteLine(string.Join(' ', sentence.Select(t => $"{t.Text}/{t.Pos}/{t.Lemma}")));
            foreach (var span in sentence.Annotations["ner"])
            {
                dump.WriteLine(FormattableString.Invariant($"  {span.FirstToken} {span.TokenCount} {span.Label} {BitConverter.SingleToInt32Bits(span.Score):X8} {span.TrimStart} {span.TrimEnd}"));
            }
        }

        return 0;
    }

    case "nerprofile":
    {
        // Where the NER stage spends its time on varied real text (UD sentences): input construction steps and prediction.
        var sentencesText = Data.TextSentences(shared);
        var analysedText = DutchPipeline.Default.Process(string.Join("\n\n", sentencesText.Chunk(10).Select(c => string.Join(' ', c))));
        var nerModel = NerAnnotator.Default.Model;
        var gaz = nerModel.Gazetteer;
        var tokensTotal = analysedText.Sum(s => s.Count);
        for (var run = 0; run < 8; run++)
        {
            double tUnglue = 0, tPatterns = 0, tGaz = 0, tStatic = 0, tPredict = 0, tAnnotate = 0;
            long aPatterns = 0, aGaz = 0, aInput = 0, aPredict = 0, aAnnotate = 0;
            var sw = new Stopwatch();
            foreach (var sentence in analysedText)
            {
                sw.Restart(); var forms = NerModel.Input.Unglue(sentence.Forms, gaz); tUnglue += sw.Elapsed.TotalMilliseconds;
                var a0 = GC.GetAllocatedBytesForCurrentThread();
                sw.Restart(); _ = NerPatterns.Find(sentence.Source, sentence.Tokens, sentence.Forms, sentence.Tags); tPatterns += sw.Elapsed.TotalMilliseconds;
                var a1 = GC.GetAllocatedBytesForCurrentThread(); aPatterns += a1 - a0;
                sw.Restart(); _ = gaz.Find(forms); tGaz += sw.Elapsed.TotalMilliseconds;
                var a2 = GC.GetAllocatedBytesForCurrentThread(); aGaz += a2 - a1;
                sw.Restart(); var input = new NerModel.Input(sentence.Source, sentence.Tokens, sentence.Forms, sentence.Tags, gaz); tStatic += sw.Elapsed.TotalMilliseconds;
                var a3 = GC.GetAllocatedBytesForCurrentThread(); aInput += a3 - a2;
                sw.Restart(); _ = nerModel.Predict(input); tPredict += sw.Elapsed.TotalMilliseconds;
                var a4 = GC.GetAllocatedBytesForCurrentThread(); aPredict += a4 - a3;
                sw.Restart(); _ = NerAnnotator.Default.Annotate(sentence); tAnnotate += sw.Elapsed.TotalMilliseconds;
                aAnnotate += GC.GetAllocatedBytesForCurrentThread() - a4;
            }

            var cold = Stopwatch.StartNew();
            foreach (var sentence in analysedText)
            {
                _ = NerAnnotator.Default.Annotate(sentence);
            }

            Console.WriteLine($"annotate each sentence once, in order: {cold.Elapsed.TotalMilliseconds:F0} ms");
            Console.WriteLine($"{tokensTotal:N0} tokens: unglue {tUnglue:F0} ms, patterns {tPatterns:F0} ms, gazetteer {tGaz:F0} ms, whole input {tStatic:F0} ms, predict {tPredict:F0} ms, annotate (all) {tAnnotate:F0} ms");
            Console.WriteLine($"  bytes per token: patterns {aPatterns / tokensTotal}, gazetteer {aGaz / tokensTotal}, whole input {aInput / tokensTotal}, predict {aPredict / tokensTotal}, annotate (all) {aAnnotate / tokensTotal}");
        }

        return 0;
    }

    case "bench":
    {
        // Single-threaded throughput on the shared corpus text, repeated to about 8 MB.
        // --ud uses the "# text =" sentences of the UD LassySmall and Alpino files instead (more varied text).
        var corpus = Array.IndexOf(args, "--ud") >= 0
            ? string.Join(' ', Data.TextSentences(shared))
            : string.Join("\n\n", Directory.GetFiles(Path.Combine(shared, "corpus", "text")).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 8_000_000)
        {
            builder.Append(corpus).Append("\n\n");
        }

        var text = builder.ToString();
        var memoryBefore = GC.GetTotalMemory(true);
        var load = Stopwatch.StartNew();
        _ = DutchPipeline.Default;
        Console.WriteLine($"model load (first use of DutchPipeline.Default): {load.ElapsedMilliseconds} ms, about {(GC.GetTotalMemory(true) - memoryBefore) / 1e6:F0} MB managed memory");
        var tokenizer = DutchTokenizer.Default;
        var tokens = new List<Token>(text.Length / 4);
        tokenizer.Tokenize(text, tokens); // warm-up
        var best = double.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            tokens.Clear();
            var sw = Stopwatch.StartNew();
            tokenizer.Tokenize(text, tokens);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"tokenizer: {tokens.Count:N0} tokens in {best * 1000:F0} ms = {tokens.Count / best / 1e6:F2} M tokens/s ({text.Length / best / 1e6:F1} M chars/s)");
        var sample = text[..1_000_000];
        var pipeline = Array.IndexOf(args, "--ner") >= 0 ? DutchPipeline.DefaultWithNer : DutchPipeline.Default;
        pipeline.Process(sample);
        var psw = Stopwatch.StartNew();
        var analysed = pipeline.Process(sample);
        var count = analysed.Sum(s => s.Count);
        Console.WriteLine($"full pipeline (tokenize, split, tag, lemmatise{(pipeline == DutchPipeline.Default ? "" : ", NER")}): {count:N0} tokens in {psw.Elapsed.TotalMilliseconds:F0} ms = {count / psw.Elapsed.TotalSeconds / 1e3:F0} k tokens/s");
        // Best of three runs, by wall clock and by the process's CPU time (steadier on a shared machine).
        var process = Process.GetCurrentProcess();
        (double Wall, double Cpu) Best(DutchPipeline measured)
        {
            measured.Process(sample);
            var (wall, cpu) = (double.MaxValue, double.MaxValue);
            for (var run = 0; run < 3; run++)
            {
                process.Refresh();
                var cpu0 = process.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                measured.Process(sample);
                wall = Math.Min(wall, sw.Elapsed.TotalSeconds);
                process.Refresh();
                cpu = Math.Min(cpu, (process.TotalProcessorTime - cpu0).TotalSeconds);
            }

            return (wall, cpu);
        }

        var plain = Best(DutchPipeline.Default);
        var withNer = Best(DutchPipeline.DefaultWithNer);
        Console.WriteLine($"best of 3, pipeline without NER: {count / plain.Wall / 1e3:F0} k tokens/s wall, {count / plain.Cpu / 1e3:F0} k tokens/s CPU time");
        Console.WriteLine($"best of 3, pipeline with NER: {count / withNer.Wall / 1e3:F0} k tokens/s wall, {count / withNer.Cpu / 1e3:F0} k tokens/s CPU time; NER stage alone ≈ {count / (withNer.Cpu - plain.Cpu) / 1e3:F0} k tokens/s CPU time");
        return 0;
    }

    case "ner":
    case "ner-dev":
    {
        // ner: train on the whole gold train split and write the model; ner-dev: hold out a fifth of the train
        // documents (by document key hash) and report dev scores per epoch count. The test split is used only by ner-eval.
        var goldPath = Option("--gold", "corpus/gold/ner/sentences.jsonl");
        var gold = NerEvaluation.Load(goldPath);
        var sw = Stopwatch.StartNew();
        var gazetteer = NerTrainer.BuildGazetteer(shared, Console.Out, Array.IndexOf(args, "--europeana-names") >= 0);
        var train = gold.Where(s => s.Split == "train").ToList();
        if (Array.IndexOf(args, "--no-clusters") < 0)
        {
            // Word clusters from the unlabelled text of the UPOS clusters minus the documents of the gold test split and minus
            // the CC BY-SA LassySmall forms (Europeana CC0 + Tweede Kamer texts only; keeps the NER model CC BY 4.0).
            var testDocuments = gold.Where(s => s.Split == "test").Select(s => s.Document).ToHashSet(StringComparer.Ordinal);
            gazetteer = gazetteer.WithClusters(Clusters.Build(Clusters.UnlabelledSentences(shared, null, testDocuments), clusterMin, clusterContexts, clusterDepth, 2, Console.WriteLine));
            Console.WriteLine($"word clusters: {gazetteer.Clusters.Count:N0} words (test documents excluded: {testDocuments.Count})");
        }

        NerModel.Input.GlueSplitting = Array.IndexOf(args, "--no-glue-split") < 0;
        var nerEpochs = int.Parse(Option("--epochs", "10"), System.Globalization.CultureInfo.InvariantCulture);
        var useMemory = Array.IndexOf(args, "--no-memory") < 0;
        var stackedPass = Array.IndexOf(args, "--passes") >= 0 && Option("--passes", "1") == "2";
        NerTrainer.WordDropout = double.Parse(Option("--word-dropout", "0.3"), System.Globalization.CultureInfo.InvariantCulture);
        NerTrainer.RecallWeight = float.Parse(Option("--recall-weight", "1"), System.Globalization.CultureInfo.InvariantCulture);
        var europeanaTokens = int.Parse(Option("--europeana", "0"), System.Globalization.CultureInfo.InvariantCulture);
        var nerEnsemble = int.Parse(Option("--ensemble", "5"), System.Globalization.CultureInfo.InvariantCulture);
        if (command == "ner-dev")
        {
            // --folds 1 (default): the development fifth (document hash mod 5 = 0) only; --folds K: K-fold
            // cross-validation over the train documents (document hash mod K), scores summed over the folds.
            var folds = int.Parse(Option("--folds", "1"), System.Globalization.CultureInfo.InvariantCulture);
            var modulus = folds == 1 ? 5u : (uint)folds;
            var typeMin = Option("--type-min", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => x.Split('=')).ToDictionary(x => x[0], x => float.Parse(x[1], System.Globalization.CultureInfo.InvariantCulture));
            var epochList = Option("--epoch-list", "5,10,15").Split(',');
            var optionList = Option("--min-scores", "0.9,0.95").Split(',').Select(m => new NerOptions(MinScore: float.Parse(m, System.Globalization.CultureInfo.InvariantCulture), MemorySpots: Array.IndexOf(args, "--memory-spots") >= 0, Propagate: Array.IndexOf(args, "--no-propagate") < 0, Trim: Array.IndexOf(args, "--no-trim") < 0) { TypeMinScores = typeMin }).ToList();
            var results = new Dictionary<(string, int), NerEvaluation.Result>();
            // --dev-only FILE: score only dev sentences whose id is in FILE (e.g. an older gold file, to compare runs
            // with and without added training sentences on the same dev sentences).
            var devOnlyPath = Option("--dev-only", "");
            var devOnly = devOnlyPath.Length == 0 ? null : NerEvaluation.Load(devOnlyPath).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            for (var fold = 0; fold < folds; fold++)
            {
                var f = (uint)fold;
                bool IsDev(string document) => Fnv(document) % modulus == f;
                var devSentences = train.Where(s => IsDev(s.Document) && (devOnly is null || devOnly.Contains(s.Id))).ToList();
                var trainSentences = train.Where(s => !IsDev(s.Document)).ToList();
                Console.WriteLine($"fold {fold}: dev {devSentences.Count} sentences, train {trainSentences.Count} sentences");
                var (examples, devGazetteer) = NerTrainer.JackknifedExamples(trainSentences, gazetteer, useMemory);
                if (europeanaTokens > 0)
                {
                    examples.AddRange(NerTrainer.Europeana(shared, devGazetteer, europeanaTokens));
                }

                foreach (var e in epochList)
                {
                    var devEpochs = int.Parse(e, System.Globalization.CultureInfo.InvariantCulture);
                    var model = stackedPass
                        ? NerTrainer.TrainStacked(examples, devGazetteer, devEpochs, seed, nerEnsemble, "dev")
                        : NerTrainer.TrainEnsemble(examples, devGazetteer, devEpochs, seed, nerEnsemble, "dev");
                    for (var o = 0; o < optionList.Count; o++)
                    {
                        var annotator = new NerAnnotator(model, optionList[o]);
                        var result = results.TryGetValue((e, o), out var r) ? r : results[(e, o)] = new NerEvaluation.Result();
                        NerEvaluation.Evaluate(devSentences, DutchPipeline.Default.With(annotator), result);
                        if (Array.IndexOf(args, "--errors") >= 0)
                        {
                            PrintErrors(devSentences, DutchPipeline.Default.With(annotator));
                        }
                    }
                }
            }

            foreach (var e in epochList)
            {
                for (var o = 0; o < optionList.Count; o++)
                {
                    var result = results[(e, o)];
                    Console.WriteLine($"epochs {e} min score {optionList[o].MinScore}: coarse F1 {result.Coarse.F1:P2} (P {result.Coarse.Precision:P1} R {result.Coarse.Recall:P1}), all-fine F1 {result.AllFine.F1:P2}");
                    if (Array.IndexOf(args, "--verbose") >= 0)
                    {
                        result.Print(Console.Out);
                    }
                }
            }

            Console.WriteLine($"{sw.Elapsed.TotalSeconds:F0} s");
            return 0;
        }

        var output = Option("--out", "src/GovText/Language/Resources/ner-nl.bin");
        var (all, fullGazetteer) = NerTrainer.JackknifedExamples(train, gazetteer, useMemory);
        gazetteer = fullGazetteer;
        var description = $"NER averaged perceptron (BILOU x 11 fine types); train = GovText gold NER train split ({train.Count:N0} sentences, {all.Sum(x => x.Input.Count):N0} tokens); passes={(stackedPass ? 2 : 1)}; epochs={nerEpochs}; ensemble={nerEnsemble}; rare-word dropout={NerTrainer.WordDropout}; seed={seed}; gazetteer {gazetteer.Count:N0} entries (ParlaMint-NL 4.0 CC BY 4.0, BAG toponyms 2019 MIT, top-1000 family names CC0, hand lists)";
        var trained = stackedPass
            ? NerTrainer.TrainStacked(all, gazetteer, nerEpochs, seed, nerEnsemble, description)
            : NerTrainer.TrainEnsemble(all, gazetteer, nerEpochs, seed, nerEnsemble, description);
        using (var file = File.Create(output))
        {
            trained.Write(file);
        }

        Console.WriteLine($"wrote {output}: {new FileInfo(output).Length:N0} bytes, {trained.FeatureCount:N0} features, {sw.Elapsed.TotalSeconds:F0} s");
        Console.WriteLine(description);
        using (var stream = File.OpenRead(output))
        {
            var result = NerEvaluation.Evaluate(gold.Where(s => s.Split == "test"), DutchPipeline.Default.With(NerAnnotator.Read(stream)));
            result.Print(Console.Out);
        }

        return 0;
    }

    case "ner-eval":
    {
        var goldPath = Option("--gold", "corpus/gold/ner/sentences.jsonl");
        var modelPath = Option("--model", "");
        NerAnnotator annotator;
        if (modelPath.Length > 0)
        {
            using var stream = File.OpenRead(modelPath);
            annotator = NerAnnotator.Read(stream);
        }
        else
        {
            annotator = NerAnnotator.Default;
        }

        Console.WriteLine(annotator.Description);
        var split = Option("--split", "test");
        var sentences = NerEvaluation.Load(goldPath).Where(s => s.Split == split).ToList();
        var sw = Stopwatch.StartNew();
        var result = NerEvaluation.Evaluate(sentences, DutchPipeline.Default.With(annotator));
        Console.WriteLine($"{split}: {sentences.Count} sentences, {sw.ElapsedMilliseconds} ms");
        result.Print(Console.Out);
        if (Array.IndexOf(args, "--errors") >= 0)
        {
            PrintErrors(sentences, DutchPipeline.Default.With(annotator));
        }

        return 0;
    }

    default:
        Console.Error.WriteLine($"unknown command '{command}'");
        return 2;
}

static void PrintErrors(IEnumerable<NerEvaluation.GoldSentence> sentences, DutchPipeline pipeline)
{
    foreach (var s in sentences)
    {
        var predicted = NerEvaluation.Predicted(pipeline.Process(s.Text)).ToHashSet();
        var goldSet = s.Entities.ToHashSet();
        foreach (var e in goldSet.Except(predicted))
        {
            Console.WriteLine($"FN {e.Type,-18} {s.Text[e.Start..e.End]}   || {s.Text}");
        }

        foreach (var e in predicted.Except(goldSet))
        {
            Console.WriteLine($"FP {e.Type,-18} {s.Text[e.Start..e.End]}");
        }
    }
}

static uint Fnv(string s)
{
    var h = 2166136261u;
    foreach (var c in s)
    {
        h = (h ^ c) * 16777619u;
    }

    return h;
}

static void Split(IReadOnlyList<ConlluSentence> source, List<ConlluSentence> train, List<ConlluSentence> held, int heldFold)
{
    // Contiguous fifths, so held-out sentences come from other documents than most training sentences.
    for (var i = 0; i < source.Count; i++)
    {
        (i * 5 / source.Count == heldFold ? held : train).Add(source[i]);
    }
}

(PerceptronTagger, DutchLemmatizer) TrainAndWrite(List<ConlluSentence> training, string output, string description)
{
    if (selfTokens <= 0)
    {
        return TrainCore(training, [], output, description);
    }

    // Self-training: a single-model tagger trained on the gold data tags unlabelled parliamentary sentences (no dev
    // or test text), which are added once to the training data (not to the tag dictionary or the lemma tables).
    var ensemble = Trainer.EnsembleSize;
    Trainer.EnsembleSize = 1;
    var basePath = output + ".self-base";
    var (baseTagger, _) = TrainCore(training, [], basePath, "self-training base");
    File.Delete(basePath);
    Trainer.EnsembleSize = ensemble;
    var candidates = Clusters.UnlabelledSentences(shared, null, null, europeana: false).Where(w => w.Length is >= 5 and <= 40).ToArray();
    new Random(seed).Shuffle(candidates);
    var auto = new List<ConlluSentence>();
    var tokenCount = 0;
    foreach (var words in candidates)
    {
        if (tokenCount >= selfTokens)
        {
            break;
        }

        auto.Add(new ConlluSentence(null, words, baseTagger.Tag(words), words));
        tokenCount += words.Length;
    }

    Console.WriteLine($"self-training: {auto.Count:N0} auto-tagged sentences, {tokenCount:N0} tokens");
    return TrainCore(training, auto, output, description);
}

(PerceptronTagger, DutchLemmatizer) TrainCore(List<ConlluSentence> gold, List<ConlluSentence> auto, string output, string description)
{
    var sw = Stopwatch.StartNew();
    var training = auto.Count == 0 ? gold : [.. gold, .. auto];
    var tagDictionary = Trainer.BuildTagDictionary(gold, minFreq, minRatio);
    var lexicon = Trainer.BuildLexicon(training, lexiconMin);
    Trainer.SentenceLexicons = lexiconJackknife ? Trainer.JackknifeLexicons(training, lexiconMin) : null;
    var tables = Trainer.TrainStacked(training, tagDictionary, new TagLexicon(lexicon, Trainer.WordClusters), epochs, seed, passes, wordDropout, Console.WriteLine, layout);
    var (pairs, forms) = LemmaTables.Build(gold);
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    using (var file = File.Create(output))
    {
        PerceptronTagger.Write(file, description, tables, layout, tagDictionary, lexicon, pairs, forms, Trainer.WordClusters, Trainer.FeatureSet);
    }

    Console.WriteLine($"wrote {output}: {new FileInfo(output).Length:N0} bytes, {string.Join('+', tables.Select(t => t.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))} features, {tagDictionary.Count:N0} tag-dictionary words, {pairs.Count:N0}+{forms.Count:N0} lemma entries, {sw.Elapsed.TotalSeconds:F1} s");
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
                if (Environment.GetEnvironmentVariable("GOVTEXT_SHOW_ERRORS") == "1" || (Environment.GetEnvironmentVariable("GOVTEXT_SHOW_ERRORS") == "unknown" && !known.Contains(s.Forms[i])))
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
