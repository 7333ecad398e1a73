using System.Xml.Linq;
using GovText.Language;

namespace GovText.Train;

/// <summary>Builds the NER gazetteer and trains the averaged-perceptron BILOU tagger on the gold train split.</summary>
internal static class NerTrainer
{
    internal sealed record Example(NerModel.Input Input, int[] Gold, int[]? FirstPass = null);

    /// <summary>Probability of hiding the word-identity features of a word seen at most once (training only).</summary>
    public static double WordDropout { get; set; }

    /// <summary>Update size when the gold label is an entity label and the prediction is O (1 = plain perceptron).</summary>
    public static float RecallWeight { get; set; } = 1f;

    public static NerGazetteer BuildGazetteer(string shared, TextWriter log, bool europeanaNames)
    {
        var entries = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokenizer = DutchTokenizer.Default;
        void Add(string? name, NerGazetteer.Category category)
        {
            name = name?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                return;
            }

            var forms = tokenizer.Tokenize(name).Select(t => t.GetText(name)).ToList();
            if (forms.Count == 0 || forms.Count > 8)
            {
                return;
            }

            var key = NerGazetteer.Key(forms);
            entries[key] = entries.GetValueOrDefault(key) | (1 << (int)category);
        }

        foreach (var (name, category) in NerLists.All())
        {
            Add(name, category);
        }

        // ParlaMint-NL 4.0 (CC BY 4.0): persons, parties, ministries, government and chambers.
        XNamespace tei = "http://www.tei-c.org/ns/1.0";
        var persons = XDocument.Load(Path.Combine(shared, "data/parlamint-nl/ParlaMint-NL-listPerson.xml"));
        foreach (var person in persons.Descendants(tei + "person"))
        {
            foreach (var persName in person.Elements(tei + "persName"))
            {
                var surname = persName.Element(tei + "surname")?.Value.Trim();
                var forename = persName.Element(tei + "forename")?.Value.Trim();
                if (string.IsNullOrEmpty(surname))
                {
                    continue;
                }

                var capital = char.ToUpperInvariant(surname[0]) + surname[1..];
                Add(surname, NerGazetteer.Category.Surname);
                Add(capital, NerGazetteer.Category.Surname);
                if (!string.IsNullOrEmpty(forename))
                {
                    Add(forename + " " + surname, NerGazetteer.Category.Person);
                    Add(forename, NerGazetteer.Category.Forename);
                }
            }
        }

        var orgs = XDocument.Load(Path.Combine(shared, "data/parlamint-nl/ParlaMint-NL-listOrg.xml"));
        foreach (var org in orgs.Descendants(tei + "org"))
        {
            var role = (string?)org.Attribute("role");
            foreach (var name in org.Elements(tei + "orgName"))
            {
                var lang = (string?)name.Attribute(XNamespace.Xml + "lang");
                var full = (string?)name.Attribute("full");
                if (lang == "en")
                {
                    continue;
                }

                var value = name.Value.Trim();
                switch (role)
                {
                    case "parliamentaryGroup":
                        Add(value, NerGazetteer.Category.Party);
                        break;
                    case "ministry":
                        if (full == "abb")
                        {
                            if (value.Length >= 3 && value is not ("FIN" or "DEF" or "IENW"))
                            {
                                Add(value, NerGazetteer.Category.GovernmentBody);
                            }
                        }
                        else
                        {
                            Add(value, NerGazetteer.Category.GovernmentBody);
                            if (value.StartsWith("Ministerie van ", StringComparison.Ordinal))
                            {
                                Add(value["Ministerie van ".Length..], NerGazetteer.Category.GovernmentBody);
                            }
                        }

                        break;
                    default:
                        Add(value, NerGazetteer.Category.GovernmentBody);
                        break;
                }
            }
        }

        // BAG toponyms 2019 (MIT, OpenTaal): municipalities and provinces are spotted, other places are features only.
        var bag = Path.Combine(shared, "data/nl-toponyms-bag-2019");
        foreach (var line in File.ReadLines(Path.Combine(bag, "bagadres.csv.gemeente-sorted.txt")))
        {
            Add(line, NerGazetteer.Category.Place);
        }

        foreach (var line in File.ReadLines(Path.Combine(bag, "bagadres.csv.provincie-sorted.txt")))
        {
            Add(line, NerGazetteer.Category.Place);
            Add("provincie " + line, NerGazetteer.Category.GovernmentBody);
            Add("Provincie " + line, NerGazetteer.Category.GovernmentBody);
        }

        foreach (var line in File.ReadLines(Path.Combine(bag, "bagadres.csv.gemeente-sorted.txt")))
        {
            Add("gemeente " + line, NerGazetteer.Category.GovernmentBody);
            Add("Gemeente " + line, NerGazetteer.Category.GovernmentBody);
        }

        Add("provincie Fryslân", NerGazetteer.Category.GovernmentBody);
        Add("Fryslân", NerGazetteer.Category.Place);

        foreach (var line in File.ReadLines(Path.Combine(bag, "bagadres.csv.woonplaats-sorted.txt")))
        {
            Add(line, NerGazetteer.Category.Village);
        }

        // Top-1000 family names 2007 (data CC0): surnames, with a capitalised tussenvoegsel variant.
        foreach (var line in File.ReadLines(Path.Combine(shared, "data/nl-family-names-top1000/top_1000_last_names_in_the_netherlands_2007.csv")).Skip(1))
        {
            var name = line.Split(',')[0].Trim('"');
            if (name.Length > 1)
            {
                Add(name, NerGazetteer.Category.Surname);
                Add(char.ToUpperInvariant(name[0]) + name[1..], NerGazetteer.Category.Surname);
            }
        }

        if (europeanaNames)
        {
            // Europeana Newspapers NER (nl, CC0): location names seen at least twice → place feature (not spotted).
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var current = new List<string>();
            var currentType = "";
            void Close()
            {
                if (current.Count > 0 && currentType == "LOC")
                {
                    var name = string.Join(' ', current);
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                }

                current.Clear();
            }

            foreach (var line in File.ReadLines(Path.Combine(shared, "data/europeana-ner-nl/enp_NL.kb.bio")))
            {
                var space = line.LastIndexOf(' ');
                if (space <= 0)
                {
                    continue;
                }

                var tag = line[(space + 1)..];
                if (tag.StartsWith("B-", StringComparison.Ordinal) || tag == "O")
                {
                    Close();
                }

                if (tag.Length > 2)
                {
                    current.Add(line[..space]);
                    currentType = tag[2..];
                }
            }

            Close();
            foreach (var (name, count) in counts)
            {
                if (count >= 2 && name.Length > 2 && char.IsUpper(name[0]))
                {
                    Add(name, NerGazetteer.Category.Village);
                }
            }
        }

        log.WriteLine($"gazetteer: {entries.Count:N0} entries");
        return new NerGazetteer(entries);
    }

    /// <summary>Entity strings of the gold sentences as "seen as type k" gazetteer entries.</summary>
    public static Dictionary<string, int> Memory(IEnumerable<NerEvaluation.GoldSentence> sentences)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var entity in sentence.Entities)
            {
                var text = sentence.Text[entity.Start..entity.End];
                var forms = DutchTokenizer.Default.Tokenize(text).Select(t => t.GetText(text)).ToList();
                if (forms.Count is 0 or > 8)
                {
                    continue;
                }

                var key = NerGazetteer.Key(forms);
                result[key] = result.GetValueOrDefault(key) | (1 << ((int)NerGazetteer.Category.Seen + NerLabels.FineTypes.IndexOf(entity.Type)));
            }
        }

        return result;
    }

    /// <summary>
    /// Training examples with jackknifed "seen" features: the sentences of each fifth of the documents see a memory
    /// built from the other four fifths only. Returns the examples and the gazetteer with the memory of all sentences.
    /// </summary>
    public static (List<Example> Examples, NerGazetteer Gazetteer) JackknifedExamples(List<NerEvaluation.GoldSentence> sentences, NerGazetteer baseGazetteer, bool memory)
    {
        if (!memory)
        {
            return (sentences.SelectMany(s => Examples(s, baseGazetteer)).ToList(), baseGazetteer);
        }

        var examples = new List<Example>();
        const int folds = 5;
        for (var fold = 0; fold < folds; fold++)
        {
            var f = fold;
            var held = sentences.Where(s => FoldOf(s.Document, folds) == f).ToList();
            var gazetteer = baseGazetteer.Merge(Memory(sentences.Where(s => FoldOf(s.Document, folds) != f)));
            examples.AddRange(held.SelectMany(s => Examples(s, gazetteer)));
        }

        return (examples, baseGazetteer.Merge(Memory(sentences)));
    }

    private static int FoldOf(string document, int folds)
    {
        var h = 2166136261u;
        foreach (var c in document)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)((h >> 8) % (uint)folds);
    }

    /// <summary>
    /// Europeana Newspapers NER (nl, CC0): "token TAG" lines with BIO tags PER/LOC/ORG and no sentence breaks. Cut into
    /// pseudo-sentences at ". ? !" (at most 60 tokens), tagged with the UPOS tagger, PER/LOC/ORG mapped to Person,
    /// Location, Organization. At most <paramref name="maxTokens"/> tokens are used.
    /// </summary>
    public static List<Example> Europeana(string shared, NerGazetteer gazetteer, int maxTokens)
    {
        var result = new List<Example>();
        var forms = new List<string>();
        var tags = new List<string>();
        var used = 0;
        void Flush()
        {
            if (forms.Count == 0)
            {
                return;
            }

            var text = DutchPipeline.Default.ProcessPretokenized(forms);
            var sentence = text[0];
            var labels = new int[forms.Count];
            for (var i = 0; i < forms.Count; i++)
            {
                var tag = tags[i];
                if (tag.Length < 3)
                {
                    continue;
                }

                var type = NerLabels.FineTypes.IndexOf(tag[2..] switch { "PER" => NerLabels.Person, "LOC" => NerLabels.Location, _ => NerLabels.Organization });
                var begins = tag[0] == 'B' || i == 0 || tags[i - 1].Length < 3 || tags[i - 1][2..] != tag[2..];
                var ends = i + 1 == forms.Count || !(tags[i + 1].StartsWith("I-", StringComparison.Ordinal) && tags[i + 1][2..] == tag[2..]);
                labels[i] = NerModel.LabelOf(begins ? (ends ? 'U' : 'B') : (ends ? 'L' : 'I'), type);
            }

            result.Add(new Example(new NerModel.Input(text.Text, sentence.Tokens, sentence.Forms, sentence.Tags, gazetteer), labels));
            used += forms.Count;
            forms.Clear();
            tags.Clear();
        }

        foreach (var line in File.ReadLines(Path.Combine(shared, "data/europeana-ner-nl/enp_NL.kb.bio")))
        {
            var space = line.LastIndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            forms.Add(line[..space]);
            tags.Add(line[(space + 1)..]);
            if (line[..space] is "." or "?" or "!" || forms.Count >= 60)
            {
                Flush();
                if (used >= maxTokens)
                {
                    break;
                }
            }
        }

        if (used < maxTokens)
        {
            Flush();
        }

        return result;
    }

    /// <summary>Tokenises and tags a gold sentence and labels its tokens with BILOU tags from the character spans.</summary>
    public static IEnumerable<Example> Examples(NerEvaluation.GoldSentence gold, NerGazetteer gazetteer)
    {
        var text = DutchPipeline.Default.Process(gold.Text);
        foreach (var sentence in text)
        {
            var n = sentence.Count;
            var labels = new int[n];
            foreach (var entity in gold.Entities)
            {
                var first = -1;
                var last = -1;
                for (var i = 0; i < n; i++)
                {
                    if (sentence.Tokens[i].End > entity.Start && sentence.Tokens[i].Start < entity.End)
                    {
                        if (first < 0)
                        {
                            first = i;
                        }

                        last = i;
                    }
                }

                if (first < 0 || labels.Skip(first).Take(last - first + 1).Any(l => l != 0))
                {
                    continue;
                }

                var type = NerLabels.FineTypes.IndexOf(entity.Type);
                if (first == last)
                {
                    labels[first] = NerModel.LabelOf('U', type);
                }
                else
                {
                    labels[first] = NerModel.LabelOf('B', type);
                    for (var k = first + 1; k < last; k++)
                    {
                        labels[k] = NerModel.LabelOf('I', type);
                    }

                    labels[last] = NerModel.LabelOf('L', type);
                }
            }

            yield return new Example(new NerModel.Input(text.Text, sentence.Tokens, sentence.Forms, sentence.Tags, gazetteer), labels);
        }
    }

    /// <summary>
    /// Two passes: the first pass is trained on all examples; the second pass is trained on the same examples with
    /// first-pass labels obtained by 5-fold jackknifing (so it never sees labels from a model trained on itself).
    /// </summary>
    public static NerModel TrainStacked(List<Example> examples, NerGazetteer gazetteer, int epochs, int seed, int ensemble, string description)
    {
        var first = TrainEnsemble(examples, gazetteer, epochs, seed, ensemble, description);
        const int folds = 5;
        var stacked = new Example[examples.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var train = examples.Where((_, k) => k % folds != fold).ToList();
            var model = TrainEnsemble(train, gazetteer, epochs, seed + 100 + fold, ensemble, description);
            for (var k = fold; k < examples.Count; k += folds)
            {
                stacked[k] = examples[k] with { FirstPass = model.Predict(examples[k].Input, null).Labels };
            }
        }

        var second = TrainEnsemble([.. stacked], gazetteer, epochs, seed + 200, ensemble, description);
        return new NerModel(first.Weights, gazetteer, description, second);
    }

    /// <summary>Trains <paramref name="ensemble"/> perceptrons with different shuffles and sums their averaged weights.</summary>
    public static NerModel TrainEnsemble(List<Example> examples, NerGazetteer gazetteer, int epochs, int seed, int ensemble, string description)
    {
        var sum = new Dictionary<int, float[]>();
        for (var k = 0; k < ensemble; k++)
        {
            var model = Train(examples, gazetteer, epochs, seed + k, description);
            foreach (var (feature, row) in model.Weights)
            {
                if (!sum.TryGetValue(feature, out var target))
                {
                    target = new float[row.Length];
                    sum[feature] = target;
                }

                for (var l = 0; l < row.Length; l++)
                {
                    target[l] += row[l] / ensemble;
                }
            }
        }

        foreach (var row in sum.Values)
        {
            for (var l = 0; l < row.Length; l++)
            {
                row[l] = MathF.Round(row[l] * 1000f) / 1000f;
            }
        }

        return new NerModel(sum, gazetteer, description);
    }

    public static NerModel Train(List<Example> examples, NerGazetteer gazetteer, int epochs, int seed, string description)
    {
        var labelCount = NerModel.LabelCount;
        var weights = new Dictionary<int, float[]>();
        var totals = new Dictionary<int, float[]>();
        var stamps = new Dictionary<int, int[]>();
        var model = new NerModel(weights, gazetteer, description, live: true); // scores with the rows as they are updated
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var clock = 0;
        var scores = new float[labelCount];
        var features = new List<int>(128);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            foreach (var form in example.Input.Forms)
            {
                frequency[form] = frequency.GetValueOrDefault(form) + 1;
            }
        }

        void Update(int feature, int label, float delta)
        {
            if (!weights.TryGetValue(feature, out var row))
            {
                row = new float[labelCount];
                weights[feature] = row;
                totals[feature] = new float[labelCount];
                stamps[feature] = new int[labelCount];
            }

            var total = totals[feature];
            var stamp = stamps[feature];
            total[label] += (clock - stamp[label]) * row[label];
            stamp[label] = clock;
            row[label] += delta;
        }

        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var index in order)
            {
                var (input, gold, firstPass) = examples[index];
                var prev = -1;
                var prev2 = -1;
                for (var i = 0; i < input.Count; i++)
                {
                    clock++;
                    features.Clear();
                    features.AddRange(input.Static[i]);
                    NerFeatures.Dynamic(input, i, prev, prev2, features, firstPass);
                    if (WordDropout > 0 && frequency.GetValueOrDefault(input.Forms[i]) <= 1 && random.NextDouble() < WordDropout)
                    {
                        foreach (var k in NerFeatures.WordIdentityIndices)
                        {
                            features[k] = 0;
                        }

                        features[^2] = 0; // previous label + word
                    }

                    model.Score(features, scores);
                    var best = -1;
                    for (var l = 0; l < labelCount; l++)
                    {
                        if (NerModel.Allowed(prev, l, i == input.Count - 1) && (best < 0 || scores[l] > scores[best]))
                        {
                            best = l;
                        }
                    }

                    if (best != gold[i])
                    {
                        errors++;
                        var delta = best == 0 && gold[i] != 0 ? RecallWeight : 1f;
                        foreach (var f in features)
                        {
                            Update(f, gold[i], delta);
                            Update(f, best, -delta);
                        }
                    }

                    prev2 = prev;
                    prev = best;
                }
            }

            
        }

        clock++;
        var averaged = new Dictionary<int, float[]>(weights.Count);
        foreach (var (feature, row) in weights)
        {
            var total = totals[feature];
            var stamp = stamps[feature];
            var avg = new float[labelCount];
            var any = false;
            for (var l = 0; l < labelCount; l++)
            {
                avg[l] = (total[l] + ((clock - stamp[l]) * row[l])) / clock;
                avg[l] = MathF.Round(avg[l] * 1000f) / 1000f;
                any |= avg[l] != 0f;
            }

            if (any)
            {
                averaged[feature] = avg;
            }
        }

        return new NerModel(averaged, gazetteer, description);
    }
}
