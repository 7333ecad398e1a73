using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using GovText.Documents;

namespace GovText.Parliament;

/// <summary>Options of the <see cref="KamervragenParser"/>. Immutable.</summary>
public sealed record ParserOptions
{
    /// <summary>Lenient parsing with diagnostics (the default).</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// When true, the parser throws a <see cref="DocumentFormatException"/> for the first diagnostic of severity
    /// <see cref="DiagnosticSeverity.Error"/> instead of recovering. Default false.
    /// </summary>
    public bool Strict { get; init; }
}

/// <summary>
/// The Parliament stage: turns a <see cref="SourceDocument"/> of any format into a <see cref="KamervraagDocument"/>
/// with one line grammar (header sentences, "Vraag N"/"Antwoord N" headings, footnotes, notices). Stateless and
/// thread-safe; use <see cref="Default"/>.
/// </summary>
public sealed partial class KamervragenParser
{
    /// <summary>The shared parser.</summary>
    public static KamervragenParser Default { get; } = new();

    /// <summary>Parses a source document.</summary>
    /// <param name="source">The document from the Documents stage.</param>
    /// <param name="options">Options; null for <see cref="ParserOptions.Default"/>.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="NotKamervragenException">The document has no Kamervragen structure at all.</exception>
    /// <exception cref="DocumentFormatException">In strict mode, the first error diagnostic.</exception>
    public KamervraagDocument Parse(SourceDocument source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        KamervraagDocument doc;
        try
        {
            doc = new Run(source).Execute();
        }
        catch (Exception ex) when (Patterns.Failed(ex))
        {
            throw new DocumentFormatException(source.File, null, null, (ex is RegexMatchTimeoutException ? "a text pattern exceeded its time limit" : "a text pattern failed in the regex engine") + " while parsing (hostile or malformed text)", ex);
        }

        if (options.Strict && doc.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new DocumentFormatException(source.File, error.Page, error.Offset, error.Message);
        }

        return doc;
    }

    private enum BlockKind
    {
        Question,
        Answer,
        Notice,
    }

    private sealed record Block(BlockKind Kind, ImmutableArray<int> Numbers, TextLine? Heading, List<TextLine> Lines);

    [GeneratedRegex(@"^(?<nader>Nader\s+)?(?<kind>Vraag|Vragen|Antwoord(?:en)?(?:\s+(?:(?:op|bij)\s+)?(?:de\s+)?(?:vraag|vragen))?|Beantwoording\s+(?:van\s+)?(?:vraag|vragen))\s*(?<nums>\d+(?:\s*(?:,|en|t/m|tot en met|[–&-])?\s*\d+)*)\s*(?:[:.)]\s*(?<inline>\S.*)?)?$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^Antwoord\s*:?\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex BareAnswerLabel();

    [GeneratedRegex(@"^Mededeling\s*:?\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex NoticeHeading();

    [GeneratedRegex(@"(?:https?://|www\.|\b(?<![@/.\w])(?:[a-z0-9-]+\.)+(?:nl|com|org|net|eu|be|de|int|gov|info|io|fr|uk)/)[^\s<>""«»]+", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Url();

    [GeneratedRegex(@"^(\d{1,3})\s+(.*)$", RegexOptions.Singleline, Patterns.TimeoutMilliseconds)]
    private static partial Regex FootnoteNumber();

    [GeneratedRegex(@"\b(?:zie|verwijs\w*(?:\s+\w+){0,3}?\s+naar|verwezen\s+naar)\s+(?:ook\s+)?(?:mijn\s+|het\s+|de\s+)?(?:beantwoording\s+van\s+|antwoord(?:en)?\s+(?:op|bij|onder)\s+)(?:de\s+)?vra(?:ag|gen)\s+(?<nums>\d+(?:\s*(?:,|en|t/m|tot en met|[–-])\s*\d+)*)(?!\s+van\s+(?:het\s+lid|de\s+leden))", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex CrossReference();

    [GeneratedRegex(@"^\(?\s*ingezonden\s+(\d{1,2}\s+\p{L}+\s*\d{4})\s*\)?\.?$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex SubmittedLine();

    [GeneratedRegex(@"^(\d{1,3})(?:[.)]\s+|[.)]?$)", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex ParagraphNumber();

    private sealed class Run(SourceDocument source)
    {
        private readonly List<Diagnostic> _diagnostics = [.. source.Diagnostics];
        private readonly List<SourceSpan> _covered = [];

        private void Report(DiagnosticSeverity severity, string code, string message, int? offset)
        {
            _diagnostics.Add(new Diagnostic(severity, code, message, source.File, offset is { } o ? source.PageAt(o) : null, offset));
        }

        private string LineText(TextLine line) => source.TextOf(line);

        public KamervraagDocument Execute()
        {
            var body = source.Lines.Where(l => l.Kind != LineKind.Footnote).ToList();
            var footLines = source.Lines.Where(l => l.Kind == LineKind.Footnote).ToList();

            // 1. Find headings and blocks.
            var firstHeading = -1;
            var blocks = new List<Block>();
            Block? current = null;
            var headingTexts = body.Select(l => HeaderGrammar.Normalise(LineText(l))).ToList();
            var bareLabels = headingTexts.Any(t => BareAnswerLabel().IsMatch(t))
                || (headingTexts.Any(t => Heading().Match(t) is { Success: true } m && m.Groups["kind"].Value.StartsWith("Antw", StringComparison.OrdinalIgnoreCase))
                    && !headingTexts.Any(t => Heading().Match(t) is { Success: true } m && m.Groups["kind"].Value.StartsWith("Vra", StringComparison.OrdinalIgnoreCase)));
            for (var i = 0; i < body.Count; i++)
            {
                var line = body[i];
                var text = HeaderGrammar.Normalise(LineText(line));
                if (bareLabels && (BareAnswerLabel().IsMatch(text) || (ParagraphNumber().Match(text) is { Success: true } pn0 && line.GapBefore)))
                {
                    // Word letters: "1. Kunt u …?" followed by "Antwoord:" — the paragraph number is the question number.
                    if (BareAnswerLabel().IsMatch(text))
                    {
                        var previous = blocks.LastOrDefault(b => b.Kind == BlockKind.Question);
                        current = new Block(BlockKind.Answer, previous?.Numbers ?? [], line, []);
                        _covered.Add(line.Span);
                    }
                    else
                    {
                        var pn = ParagraphNumber().Match(text);
                        var number = int.Parse(pn.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                        var prefix = LineText(line).IndexOf(pn.Value.TrimEnd(), StringComparison.Ordinal) + pn.Value.TrimEnd().Length;
                        current = new Block(BlockKind.Question, [number], line, [line with { Start = line.Start + prefix }]);
                        _covered.Add(new SourceSpan(line.Page, line.Start, line.Start + prefix));
                    }

                    blocks.Add(current);
                    if (firstHeading < 0)
                    {
                        firstHeading = i;
                    }

                    continue;
                }

                var h = Heading().Match(text);
                if (h.Success && char.IsLower(text[0]))
                {
                    // "… (zie ook het" / "antwoord op vraag 5)." is a wrapped reference, not a heading: headings are capitalised.
                    h = Match.Empty;
                }

                if (h.Success)
                {
                    var kindWord = h.Groups["kind"].Value;
                    var isQuestion = kindWord.StartsWith("Vra", StringComparison.OrdinalIgnoreCase);
                    var numbers = HeaderGrammar.ParseNumbers(h.Groups["nums"].Value);
                    current = new Block(isQuestion ? BlockKind.Question : BlockKind.Answer, numbers, line, []);
                    blocks.Add(current);
                    _covered.Add(line.Span);
                    if (h.Groups["inline"].Success)
                    {
                        // "Vraag 1: Bent u …" – the text after the colon belongs to the block.
                        var inlineStart = line.Start + LineText(line).IndexOf(h.Groups["inline"].Value, StringComparison.Ordinal);
                        if (inlineStart >= line.Start)
                        {
                            _covered.RemoveAt(_covered.Count - 1);
                            _covered.Add(new SourceSpan(line.Page, line.Start, inlineStart));
                            current.Lines.Add(line with { Start = inlineStart });
                        }
                    }

                    if (firstHeading < 0)
                    {
                        firstHeading = i;
                    }

                    continue;
                }

                if (NoticeHeading().IsMatch(text) || (line.Kind == LineKind.Notice && current?.Kind != BlockKind.Notice))
                {
                    if (line.Kind == LineKind.Notice && !NoticeHeading().IsMatch(text))
                    {
                        current = new Block(BlockKind.Notice, [], null, [line]);
                    }
                    else
                    {
                        current = new Block(BlockKind.Notice, [], line, []);
                        _covered.Add(line.Span);
                    }

                    blocks.Add(current);
                    if (firstHeading < 0)
                    {
                        firstHeading = i;
                    }

                    continue;
                }

                current?.Lines.Add(line);
            }

            var header = firstHeading < 0 ? body : body.Take(firstHeading).ToList();
            var unlabelled = firstHeading < 0;

            // 2. Header.
            var joined = new JoinedText(source, header);
            var doc = ParseHeader(joined, header, out var headerEndIndex);

            if (unlabelled)
            {
                var rest = body.Skip(headerEndIndex).ToList();
                header = body.Take(headerEndIndex).ToList();
                blocks = UnlabelledBlocks(rest, doc.Kind);
            }

            // 3. Footnotes and markers.
            var footnotes = ParseFootnotes(footLines);

            // 4. Blocks → questions, answers, notice.
            var questions = ImmutableArray.CreateBuilder<Question>();
            var answers = ImmutableArray.CreateBuilder<Answer>();
            TextField? notice = null;
            foreach (var block in blocks)
            {
                var lines = block.Lines.Where(l => l.End > l.Start).ToList();
                if (lines.Count == 0)
                {
                    if (block.Kind != BlockKind.Notice)
                    {
                        Report(DiagnosticSeverity.Warning, "GT2101", $"{(block.Kind == BlockKind.Question ? "Vraag" : "Antwoord")} {string.Join(", ", block.Numbers)} has no text.", block.Heading?.Start);
                    }

                    continue;
                }

                var jt = new JoinedText(source, lines);
                var text = HeaderGrammar.Normalise(jt.Value);
                var span = new SourceSpan(lines[0].Page, lines[0].Start, lines[^1].End);
                foreach (var l in lines)
                {
                    _covered.Add(l.Span);
                }

                var refs = source.Markers.Where(m => m.Offset >= span.Start && m.Offset <= span.End).Select(m => m.Number).Distinct().ToImmutableArray();
                switch (block.Kind)
                {
                    case BlockKind.Question:
                        questions.Add(new Question(block.Numbers, text, refs, span));
                        break;
                    case BlockKind.Answer:
                        answers.Add(new Answer(block.Numbers, text, CrossReferences(text, block.Numbers), refs, span));
                        break;
                    default:
                        notice = notice is null ? new TextField(text, span) : new TextField(notice.Text + " " + text, notice.Span.Union(span));
                        break;
                }
            }

            RepairRepeatedNumbers(questions, answers);
            doc = doc with
            {
                Questions = questions.ToImmutable(),
                Answers = answers.ToImmutable(),
                Footnotes = footnotes,
                Notice = notice,
            };

            if (doc.Kind == DocumentKind.Answer && doc.AnsweredBy is null && answers.Count == 0 && questions.Count > 0)
            {
                doc = doc with { Kind = DocumentKind.Questions };
            }

            if (doc.Kind == DocumentKind.Questions && answers.Count > 0)
            {
                doc = doc with { Kind = DocumentKind.Answer };
                Report(DiagnosticSeverity.Warning, "GT2005", "No answer header (\"Antwoord van …\") found, but the document contains answers; kind set to answer.", answers[0].Span.Start);
            }

            CheckPairing(doc);
            CheckStructure(doc);
            var coverage = ComputeCoverage(body, footLines);
            return doc with { Diagnostics = [.. _diagnostics], Coverage = coverage };
        }

        private KamervraagDocument ParseHeader(JoinedText joined, List<TextLine> headerLines, out int headerEndIndex)
        {
            var h = joined.Value;
            headerEndIndex = headerLines.Count;
            string? vergaderjaar = null;
            int? aanhangsel = null;
            string? caseNumber = null;
            string? documentNumber = null;
            var kind = DocumentKind.Questions;

            // Preamble lines and number lines.
            var sawAanhangselPreamble = false;
            (int Number, TextLine Line, bool Certain)? numberLine = null;
            foreach (var line in headerLines)
            {
                var t = HeaderGrammar.Normalise(LineText(line));
                var pre = HeaderGrammar.PreambleLine().Match(t);
                if (pre.Success)
                {
                    var covered = pre.Length;
                    // "Vergaderjaar 2024–2025 Aanhangsel van de Handelingen" on one line
                    var restText = t[pre.Length..];
                    var second = HeaderGrammar.PreambleLine().Match(restText);
                    if (second.Success)
                    {
                        covered += second.Length;
                    }

                    if (covered >= t.Length - 1)
                    {
                        _covered.Add(line.Span);
                    }

                    if (t.Contains("Aanhangsel", StringComparison.OrdinalIgnoreCase) || t.Contains("antwoorden", StringComparison.OrdinalIgnoreCase))
                    {
                        sawAanhangselPreamble = true;
                    }
                }

                var num = HeaderGrammar.AanhangselNumberLine().Match(t);
                if (num.Success && numberLine is null)
                {
                    numberLine = (int.Parse(num.Groups[1].ValueSpan, CultureInfo.InvariantCulture), line, sawAanhangselPreamble || t.StartsWith("AH", StringComparison.Ordinal));
                }

                var cn = HeaderGrammar.CaseNumber().Match(t);
                if (cn.Success && cn.Length >= t.Length - 1)
                {
                    _covered.Add(line.Span);
                }

                if (SubmittedLine().IsMatch(t))
                {
                    _covered.Add(line.Span);
                }
            }

            var vj = HeaderGrammar.Vergaderjaar().Match(h);
            if (vj.Success)
            {
                vergaderjaar = vj.Groups[1].Value + "-" + vj.Groups[2].Value;
            }

            var cnm = HeaderGrammar.CaseNumber().Match(h);
            if (cnm.Success)
            {
                caseNumber = cnm.Groups[1].Value + "Z" + cnm.Groups[2].Value;
            }

            var dnm = HeaderGrammar.DocumentNumber().Match(h);
            if (dnm.Success)
            {
                documentNumber = dnm.Value;
            }

            // Question sentence.
            var askers = ImmutableArray<Asker>.Empty;
            var addressees = ImmutableArray<Addressee>.Empty;
            TextField? subject = null;
            DateField? submitted = null;
            var qs = HeaderGrammar.QuestionSentence().Match(h);
            if (qs.Success)
            {
                _covered.Add(joined.Span(qs.Index, qs.Index + qs.Length));
                askers = ParseAskers(joined, qs.Groups["askers"]);
                var addrGroup = qs.Groups["addr"];
                addressees = [.. HeaderGrammar.SplitOffices(addrGroup.Value).Select(o => new Addressee(o, joined.Span(addrGroup.Index, addrGroup.Index + addrGroup.Length)))];
                var sg = qs.Groups["subject"];
                subject = new TextField(HeaderGrammar.RepairAccents(HeaderGrammar.Normalise(sg.Value)), joined.Span(sg.Index, sg.Index + sg.Length));
                if (qs.Groups["date"].Success)
                {
                    submitted = ParseDate(joined, qs.Groups["date"], "ingezonden");
                    CheckDuplicate(qs.Groups["dup"].Value, "ingezonden", joined.ToSource(qs.Groups["dup"].Index));
                    if (qs.Groups["period"].Length == 0 && !IsFollowedByAnswerHeader(h, qs.Index + qs.Length))
                    {
                        Report(DiagnosticSeverity.Info, "GT2010", "Question header sentence has no final period.", joined.ToSource(qs.Index + qs.Length));
                    }
                }
                else
                {
                    // "(ingezonden 20 november 2024)" printed on a line of its own (Word-derived text)
                    var sub = Regex.Match(h, @"\(\s*ingezonden\s+(\d{1,2}\s+\p{L}+\s*\d{4})\s*\)", RegexOptions.IgnoreCase, Patterns.Timeout);
                    if (sub.Success)
                    {
                        submitted = ParseDate(joined, sub.Groups[1], "ingezonden");
                    }
                    else
                    {
                        Report(DiagnosticSeverity.Warning, "GT2011", "No submission date \"(ingezonden …)\" found in the question header.", joined.ToSource(qs.Index));
                    }
                }

                if (headerLines.Count > 0 && subject is not null)
                {
                    var sentenceEnd = joined.Span(qs.Index, qs.Index + qs.Length).End;
                    if (submitted is not null && submitted.Span.End > sentenceEnd)
                    {
                        sentenceEnd = submitted.Span.End;
                    }

                    headerEndIndex = headerLines.FindIndex(l => l.End >= sentenceEnd) + 1;
                    if (headerEndIndex <= 0)
                    {
                        headerEndIndex = headerLines.Count;
                    }
                }
            }
            else if (Regex.IsMatch(h, @"\bvragen\s+van\b", RegexOptions.IgnoreCase, Patterns.Timeout))
            {
                Report(DiagnosticSeverity.Warning, "GT2012", "A question header (\"Vragen van …\") was found but could not be read completely (askers, addressee or subject missing).", joined.ToSource(Regex.Match(h, @"\bvragen\s+van\b", RegexOptions.IgnoreCase, Patterns.Timeout).Index));
            }

            // Answer sentence.
            AnsweredBy? answeredBy = null;
            DateField? received = null;
            var a = HeaderGrammar.AnswerSentence().Match(h);
            if (a.Success)
            {
                _covered.Add(joined.Span(a.Index, a.Index + a.Length));
                var kindWord = HeaderGrammar.Normalise(a.Groups["kind"].Value).ToLowerInvariant();
                kind = kindWord switch
                {
                    "nader antwoord" => DocumentKind.NaderAnswer,
                    "mededeling" => DocumentKind.Mededeling,
                    _ => DocumentKind.Answer,
                };
                var onBehalf = ImmutableArray<string>.Empty;
                var rest = a.Groups["rest"].Value;
                var mede = HeaderGrammar.OnBehalfOf().Match(rest);
                if (mede.Success)
                {
                    onBehalf = HeaderGrammar.SplitOffices(mede.Groups["who"].Value);
                    if (!Regex.IsMatch(rest, @"^\s*,?\s*mede namens\s+de\s", RegexOptions.IgnoreCase, Patterns.Timeout))
                    {
                        Report(DiagnosticSeverity.Info, "GT2020", $"Irregular \"mede namens\" clause read as: {string.Join("; ", onBehalf)}.", joined.ToSource(a.Groups["rest"].Index));
                    }
                }
                else if (Regex.Match(rest, @"^\s*,?\s*en\s+(?:antwoord\s+)?(?:van\s+)?(?:de\s+)?(?<who>(?:minister|staatssecretaris)\b.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline, Patterns.Timeout) is { Success: true } joint)
                {
                    // "Antwoord van Staatssecretaris X (…) en van Minister Y (…)": a joint answer.
                    onBehalf = [HeaderGrammar.Capitalise(HeaderGrammar.Normalise(joint.Groups["who"].Value))];
                    Report(DiagnosticSeverity.Info, "GT2025", $"Joint answer: the co-answerer \"{onBehalf[0]}\" is listed under onBehalfOf.", joined.ToSource(a.Groups["rest"].Index));
                }
                else if (HeaderGrammar.Normalise(rest).Trim(',', ' ', '.').Length > 0)
                {
                    Report(DiagnosticSeverity.Warning, "GT2021", $"Unrecognised text in the answer header: \"{HeaderGrammar.Normalise(rest)}\".", joined.ToSource(a.Groups["rest"].Index));
                }

                if (a.Groups["unclosed"].Success)
                {
                    Report(DiagnosticSeverity.Warning, "GT2026", "The portfolio in the answer header has no closing parenthesis; read up to \"(ontvangen\".", joined.ToSource(a.Groups["portfolio"].Index));
                }

                var name = HeaderGrammar.NormaliseName(a.Groups["name"].Value);
                if (name != HeaderGrammar.Normalise(a.Groups["name"].Value))
                {
                    Report(DiagnosticSeverity.Info, "GT2022", $"Answerer name normalised from \"{HeaderGrammar.Normalise(a.Groups["name"].Value)}\" to \"{name}\".", joined.ToSource(a.Groups["name"].Index));
                }

                var office = HeaderGrammar.Capitalise(a.Groups["office"].Value.ToLowerInvariant());
                answeredBy = new AnsweredBy(office, name, HeaderGrammar.Normalise(a.Groups["portfolio"].Value), onBehalf, joined.Span(a.Index, a.Index + a.Length));
                if (a.Groups["date"].Success)
                {
                    received = ParseDate(joined, a.Groups["date"], "ontvangen");
                    CheckDuplicate(a.Groups["dup"].Value, "ontvangen", joined.ToSource(a.Groups["dup"].Index));
                }
                else
                {
                    Report(DiagnosticSeverity.Warning, "GT2023", "No receipt date \"(ontvangen …)\" found in the answer header.", joined.ToSource(a.Index));
                }
            }
            else if (Regex.Match(h, @"\b(?:Nader\s+antwoord|Antwoord|Mededeling)\s+van\b", RegexOptions.IgnoreCase, Patterns.Timeout) is { Success: true } partial)
            {
                Report(DiagnosticSeverity.Warning, "GT2024", "An answer header was found but could not be read (expected \"Antwoord van Minister X (portfolio) (ontvangen d maand jjjj).\").", joined.ToSource(partial.Index));
                kind = partial.Value.StartsWith("Mededeling", StringComparison.OrdinalIgnoreCase) ? DocumentKind.Mededeling
                    : partial.Value.StartsWith("Nader", StringComparison.OrdinalIgnoreCase) ? DocumentKind.NaderAnswer : DocumentKind.Answer;
            }

            if (!qs.Success && a.Success && headerLines.Count > 0)
            {
                var end = joined.Span(a.Index, a.Index + a.Length).End;
                headerEndIndex = headerLines.FindIndex(l => l.End >= end) + 1;
            }

            // Zie ook.
            var seeAlso = ImmutableArray.CreateBuilder<SeeAlso>();
            foreach (Match m in HeaderGrammar.SeeAlso().Matches(h))
            {
                _covered.Add(joined.Span(m.Index, m.Index + m.Length));
                var span = joined.Span(m.Index, m.Index + m.Length);
                var nrsText = m.Groups["nrs"].Value;
                if (!Regex.IsMatch(nrsText, @"^\s*nrs?\.?|^\s*nummers?", RegexOptions.IgnoreCase, Patterns.Timeout))
                {
                    Report(DiagnosticSeverity.Info, "GT2030", $"\"Zie ook\" reference without \"nr.\": \"{HeaderGrammar.Normalise(m.Value)}\".", span.Start);
                }

                if (!m.Value.TrimEnd().EndsWith('.'))
                {
                    Report(DiagnosticSeverity.Info, "GT2031", "\"Zie ook\" reference has no final period.", span.End);
                }

                foreach (Match n in Regex.Matches(nrsText, @"\d+", RegexOptions.None, Patterns.Timeout))
                {
                    seeAlso.Add(new SeeAlso($"ah-tk-{m.Groups["y1"].Value}{m.Groups["y2"].Value}-{n.Value}", span));
                }
            }

            // Publication id: the id footer, else any id printed in the text or furniture.
            string? id = null;
            if (source.Metadata.TryGetValue("IdFooter", out var footerId) && HeaderGrammar.PublicationId().IsMatch(footerId))
            {
                id = HeaderGrammar.PublicationId().Match(footerId).Value;
            }
            else
            {
                foreach (var f in source.Furniture)
                {
                    var m = HeaderGrammar.PublicationId().Match(f.Text);
                    if (m.Success)
                    {
                        id = m.Value;
                        break;
                    }
                }

                if (id is null && HeaderGrammar.PublicationId().Match(h) is { Success: true } inHeader)
                {
                    id = inHeader.Value;
                }
            }

            // A number alone on a header line is the Aanhangsel number in answer documents (printed under the
            // masthead, "AH 604" in ministry letters, kamervraagnummer in XML) — not in kv question documents.
            if (numberLine is { } nl && (nl.Certain || id is null || id.StartsWith("ah-", StringComparison.Ordinal)))
            {
                aanhangsel = nl.Number;
                _covered.Add(nl.Line.Span);
            }

            if (id is not null)
            {
                var idm = HeaderGrammar.PublicationId().Match(id);
                var restId = idm.Groups["rest"].Value;
                if (idm.Groups["kind"].Value == "ah")
                {
                    var vjFromId = restId[..4] + "-" + restId[4..8];
                    vergaderjaar ??= vjFromId;
                    var nr = int.Parse(restId[9..], CultureInfo.InvariantCulture);
                    if (aanhangsel is { } printed && printed != nr)
                    {
                        Report(DiagnosticSeverity.Warning, "GT2040", $"Printed Aanhangsel number {printed} differs from the id footer {id}.", null);
                    }

                    aanhangsel ??= nr;
                }
                else
                {
                    caseNumber ??= restId;
                }
            }
            else
            {
                Report(DiagnosticSeverity.Info, "GT2041", "No publication id (ah-tk-…/kv-tk-…) is printed in this document.", null);
            }

            if (!qs.Success && !a.Success)
            {
                var hasHeadings = source.Lines.Any(l => Heading().IsMatch(HeaderGrammar.Normalise(LineText(l))));
                if (!hasHeadings)
                {
                    throw new NotKamervragenException(source.File, "no Kamervragen structure found: no \"Vragen van …\" or \"Antwoord van …\" header and no \"Vraag N\"/\"Antwoord N\" headings");
                }

                Report(DiagnosticSeverity.Warning, "GT2001", "No header sentence (\"Vragen van …\" / \"Antwoord van …\") found.", headerLines.Count > 0 ? headerLines[0].Start : 0);
            }

            if (kind == DocumentKind.Questions && sawAanhangselPreamble && h.Contains("antwoorden", StringComparison.OrdinalIgnoreCase) && !a.Success)
            {
                kind = DocumentKind.Answer;
            }

            return new KamervraagDocument
            {
                Source = source,
                Id = id,
                Kind = kind,
                CaseNumber = caseNumber,
                DocumentNumber = documentNumber,
                Vergaderjaar = vergaderjaar,
                AanhangselNumber = aanhangsel,
                Askers = askers,
                Addressees = addressees,
                Subject = subject,
                Submitted = submitted,
                Received = received,
                AnsweredBy = answeredBy,
                SeeAlso = seeAlso.ToImmutable(),
            };
        }

        /// <summary>
        /// A misprinted heading that repeats the previous number ("Vraag 7", "Vraag 7") while the next number is
        /// missing among the questions but answered ("Antwoord 8") is read as that next number, with a warning.
        /// </summary>
        private void RepairRepeatedNumbers(ImmutableArray<Question>.Builder questions, ImmutableArray<Answer>.Builder answers)
        {
            for (var i = 1; i < questions.Count; i++)
            {
                var previous = questions[i - 1].Numbers;
                var current = questions[i].Numbers;
                if (current.Length != 1 || previous.IsEmpty || current[0] != previous[^1])
                {
                    continue;
                }

                var next = current[0] + 1;
                if (questions.Any(q => q.Numbers.Contains(next)) || !answers.Any(a => a.Numbers.Contains(next)))
                {
                    continue;
                }

                Report(DiagnosticSeverity.Warning, "GT2305", $"Question heading {current[0]} is printed twice; the second is read as {next}, which is answered but otherwise missing.", questions[i].Span.Start);
                questions[i] = questions[i] with { Numbers = [next] };
            }
        }

        private static bool IsFollowedByAnswerHeader(string h, int at) =>
            Regex.IsMatch(h[at..], @"^\s*(?:Antwoord|Nader antwoord|Mededeling)\s+van", RegexOptions.IgnoreCase, Patterns.Timeout);

        private void CheckDuplicate(string dup, string word, int offset)
        {
            if (Regex.Matches(dup, word, RegexOptions.IgnoreCase, Patterns.Timeout).Count > 1)
            {
                Report(DiagnosticSeverity.Warning, "GT2013", $"Doubled \"({word}\" in the header; read once.", offset);
            }
        }

        private DateField? ParseDate(JoinedText joined, Group g, string what)
        {
            var span = joined.Span(g.Index, g.Index + g.Length);
            if (DutchDates.TryParse(HeaderGrammar.Normalise(g.Value), out var date))
            {
                return new DateField(date, span);
            }

            Report(DiagnosticSeverity.Warning, "GT2014", $"Unreadable {what} date \"{g.Value}\".", span.Start);
            return null;
        }

        private ImmutableArray<Asker> ParseAskers(JoinedText joined, Group g)
        {
            var parsed = HeaderGrammar.ParseAskers(g.Value, out var problems);
            foreach (var p in problems)
            {
                Report(DiagnosticSeverity.Info, "GT2015", "Askers: " + p + ".", joined.ToSource(g.Index));
            }

            return [.. parsed.Select(x => new Asker(x.Name, x.Party, joined.Span(g.Index + x.Start, g.Index + x.End)))];
        }

        private List<Block> UnlabelledBlocks(List<TextLine> rest, DocumentKind kind)
        {
            var blocks = new List<Block>();
            if (rest.Count == 0)
            {
                return blocks;
            }

            if (kind == DocumentKind.Mededeling)
            {
                blocks.Add(new Block(BlockKind.Notice, [], null, rest));
                return blocks;
            }

            // Paragraphs separated by blank lines; each paragraph that asks something is a question.
            var paragraphs = new List<List<TextLine>>();
            foreach (var line in rest)
            {
                if (paragraphs.Count == 0 || line.GapBefore)
                {
                    paragraphs.Add([]);
                }

                paragraphs[^1].Add(line);
            }

            var number = 0;
            int? pendingNumber = null;
            foreach (var p in paragraphs)
            {
                var text = string.Join(' ', p.Select(LineText));
                var pn = ParagraphNumber().Match(text);
                if (pn.Success && pn.Length >= text.TrimEnd().Length)
                {
                    // a paragraph that is only "1." numbers the next paragraph
                    pendingNumber = int.Parse(pn.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                    _covered.Add(new SourceSpan(p[0].Page, p[0].Start, p[^1].End));
                    continue;
                }

                if (pendingNumber is { } pending && text.Contains('?'))
                {
                    number = pending;
                    pendingNumber = null;
                    blocks.Add(new Block(BlockKind.Question, [number], null, p));
                    continue;
                }

                if (!text.Contains('?') && !pn.Success)
                {
                    if (blocks.Count > 0)
                    {
                        blocks[^1].Lines.AddRange(p);
                    }
                    else
                    {
                        Report(DiagnosticSeverity.Warning, "GT2102", $"Text before the first question not placed: \"{Shorten(text)}\".", p[0].Start);
                    }

                    continue;
                }

                number = pn.Success ? int.Parse(pn.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : number + 1;
                var lines = p;
                if (pn.Success)
                {
                    _covered.Add(new SourceSpan(p[0].Page, p[0].Start, p[0].Start + pn.Length));
                    lines = [p[0] with { Start = p[0].Start + pn.Length }, .. p.Skip(1)];
                }

                blocks.Add(new Block(BlockKind.Question, [number], null, lines));
            }

            if (blocks.Count > 0)
            {
                Report(DiagnosticSeverity.Info, "GT2103", $"The questions carry no \"Vraag N\" labels; {blocks.Count} questions were numbered by paragraph order.", blocks[0].Lines[0].Start);
            }

            return blocks;
        }

        private ImmutableArray<Footnote> ParseFootnotes(List<TextLine> footLines)
        {
            var result = ImmutableArray.CreateBuilder<Footnote>();
            var groups = new List<List<TextLine>>();
            foreach (var line in footLines)
            {
                var t = LineText(line);
                if (groups.Count == 0 || (FootnoteNumber().IsMatch(t) && (line.GapBefore || StartsNextNumber(groups, t))))
                {
                    groups.Add([]);
                }

                groups[^1].Add(line);
            }

            foreach (var g in groups)
            {
                var first = LineText(g[0]);
                var m = FootnoteNumber().Match(first);
                if (!m.Success)
                {
                    Report(DiagnosticSeverity.Warning, "GT2201", $"Footnote text without a number: \"{Shorten(first)}\".", g[0].Start);
                    continue;
                }

                var number = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                var text = m.Groups[2].Value.Trim();
                foreach (var line in g.Skip(1))
                {
                    text = JoinFootnoteLine(text, LineText(line).Trim());
                }

                text = HeaderGrammar.Normalise(text);
                var urls = Url().Matches(text).Select(u => CleanUrl(u.Value)).Where(u => u.Length > 8).Distinct().ToImmutableArray();
                var span = new SourceSpan(g[0].Page, g[0].Start, g[^1].End);
                foreach (var l in g)
                {
                    _covered.Add(l.Span);
                }

                result.Add(new Footnote(number, text, urls, span));
            }

            return result.ToImmutable();
        }

        private bool StartsNextNumber(List<List<TextLine>> groups, string t)
        {
            var m = FootnoteNumber().Match(t);
            if (!m.Success || groups.Count == 0)
            {
                return m.Success;
            }

            var prev = FootnoteNumber().Match(LineText(groups[^1][0]));
            return prev.Success && int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) == int.Parse(prev.Groups[1].ValueSpan, CultureInfo.InvariantCulture) + 1;
        }

        private static string JoinFootnoteLine(string text, string next)
        {
            if (next.Length == 0)
            {
                return text;
            }

            var lastToken = text.Length == 0 ? string.Empty : text[(text.LastIndexOf(' ') + 1)..];
            var urlish = lastToken.Contains("://", StringComparison.Ordinal) || lastToken.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || lastToken.StartsWith("(http", StringComparison.OrdinalIgnoreCase);
            if (urlish && !lastToken.EndsWith(')') && !(lastToken.EndsWith('.') && char.IsUpper(next[0])))
            {
                return text + next;
            }

            if (text.EndsWith('-') && next.Length > 0 && char.IsLower(next[0]) && !Regex.IsMatch(next, @"^(?:en|of|tot|naar)\b", RegexOptions.None, Patterns.Timeout))
            {
                var prevChar = text.Length > 1 ? text[^2] : ' ';
                return char.IsLower(prevChar) ? text[..^1] + next : text + next;
            }

            return text + " " + next;
        }

        private static string CleanUrl(string url)
        {
            var u = url.TrimEnd('.', ',', ';', ':', '»', '’', '”', '\'', '"');
            while (u.EndsWith(')') && u.Count(c => c == '(') < u.Count(c => c == ')'))
            {
                u = u[..^1].TrimEnd('.', ',', ';', ':');
            }

            return u;
        }

        private static ImmutableArray<int> CrossReferences(string text, ImmutableArray<int> own)
        {
            var result = new List<int>();
            foreach (Match m in CrossReference().Matches(text))
            {
                foreach (var n in HeaderGrammar.ParseNumbers(m.Groups["nums"].Value))
                {
                    if (!own.Contains(n) && !result.Contains(n))
                    {
                        result.Add(n);
                    }
                }
            }

            return [.. result];
        }

        private void CheckPairing(KamervraagDocument doc)
        {
            var questionNumbers = doc.Questions.SelectMany(q => q.Numbers).ToList();
            foreach (var dup in questionNumbers.GroupBy(n => n).Where(g => g.Count() > 1))
            {
                Report(DiagnosticSeverity.Warning, "GT2301", $"Question number {dup.Key} occurs more than once.", doc.Questions.First(q => q.Numbers.Contains(dup.Key)).Span.Start);
            }

            if (doc.Kind is DocumentKind.Answer or DocumentKind.NaderAnswer && doc.Answers.Length > 0)
            {
                foreach (var q in doc.Questions)
                {
                    foreach (var n in q.Numbers)
                    {
                        if (doc.AnswerTo(n) is null)
                        {
                            Report(DiagnosticSeverity.Warning, "GT2302", $"Question {n} has no answer in this document.", q.Span.Start);
                        }
                    }
                }

                foreach (var a in doc.Answers)
                {
                    foreach (var n in a.Numbers)
                    {
                        if (!questionNumbers.Contains(n) && doc.Questions.Length > 0)
                        {
                            Report(DiagnosticSeverity.Warning, "GT2303", $"Answer {n} answers no question of this document.", a.Span.Start);
                        }
                    }
                }
            }

            for (var i = 1; i < questionNumbers.Count; i++)
            {
                if (questionNumbers[i] != questionNumbers[i - 1] + 1 && questionNumbers[i] > questionNumbers[i - 1])
                {
                    Report(DiagnosticSeverity.Info, "GT2304", $"Question numbering jumps from {questionNumbers[i - 1]} to {questionNumbers[i]}.", null);
                }
            }
        }

        private void CheckStructure(KamervraagDocument doc)
        {
            if (doc.Questions.Length == 0 && doc.Kind != DocumentKind.Mededeling)
            {
                Report(DiagnosticSeverity.Warning, "GT2002", "The document contains no questions.", null);
            }

            if (doc.Kind == DocumentKind.Mededeling && doc.Notice is null)
            {
                Report(DiagnosticSeverity.Warning, "GT2003", "Mededeling without notice text.", null);
            }

            var referenced = source.Markers.Select(m => m.Number).ToHashSet();
            foreach (var f in doc.Footnotes)
            {
                if (!referenced.Contains(f.Number))
                {
                    Report(DiagnosticSeverity.Info, "GT2202", $"Footnote {f.Number} is not referenced by a marker in the text.", f.Span.Start);
                }
            }

            foreach (var n in referenced)
            {
                if (doc.Footnotes.All(f => f.Number != n))
                {
                    Report(DiagnosticSeverity.Warning, "GT2203", $"Footnote marker {n} has no footnote text.", source.Markers.First(m => m.Number == n).Offset);
                }
            }

        }

        private double ComputeCoverage(List<TextLine> body, List<TextLine> footLines)
        {
            var covered = new bool[source.Text.Length];
            foreach (var span in _covered)
            {
                for (var i = Math.Max(0, span.Start); i < Math.Min(covered.Length, span.End); i++)
                {
                    covered[i] = true;
                }
            }

            long total = 0, placed = 0;
            foreach (var line in body.Concat(footLines))
            {
                var missing = new System.Text.StringBuilder();
                var missingStart = -1;
                for (var i = line.Start; i < line.End; i++)
                {
                    if (char.IsWhiteSpace(source.Text[i]))
                    {
                        continue;
                    }

                    total++;
                    if (covered[i])
                    {
                        placed++;
                    }
                    else
                    {
                        missingStart = missingStart < 0 ? i : missingStart;
                        missing.Append(source.Text[i]);
                    }
                }

                if (missing.Length > 0)
                {
                    Report(DiagnosticSeverity.Warning, "GT2401", $"Text not placed in any field: \"{Shorten(source.Text[line.Start..line.End])}\".", missingStart);
                }
            }

            return total == 0 ? 1.0 : (double)placed / total;
        }

        private static string Shorten(string s)
        {
            s = HeaderGrammar.Normalise(s);
            return s.Length <= 80 ? s : s[..77] + "…";
        }
    }
}
