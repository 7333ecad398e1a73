using System.Globalization;
using System.Net;
using System.Text;
using GovText.Documents;
using GovText.Interactive;

namespace GovText.Parliament;

/// <content>Display: HTML (also used by notebooks) and Markdown.</content>
[TypeFormatterSource(typeof(GovTextFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed partial record KamervraagDocument
{
    /// <summary>
    /// Writes the document as an HTML fragment: a header (id, subject, askers, addressees, answerer, dates) and a
    /// table with each question beside its answer. All document text is HTML-encoded. Notebooks use this to
    /// display the document.
    /// </summary>
    /// <param name="writer">The destination.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteHtml(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        static string E(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);
        writer.Write("<div class=\"govtext-document\">");
        writer.Write($"<h3>{E(Id ?? Source.File ?? "Kamervragen")}{(Subject is null ? string.Empty : ": " + E(Subject.Text))}</h3>");
        writer.Write("<dl class=\"govtext-header\">");
        foreach (var (label, value) in HeaderLines())
        {
            writer.Write($"<dt>{E(label)}</dt><dd>{E(value)}</dd>");
        }

        writer.Write("</dl>");
        if (Notice is not null)
        {
            writer.Write($"<p class=\"govtext-notice\">{E(Notice.Text)}</p>");
        }

        if (Questions.Length > 0 || Answers.Length > 0)
        {
            writer.Write("<table class=\"govtext-pairs\"><thead><tr><th>Vraag</th><th>Antwoord</th></tr></thead><tbody>");
            foreach (var (questions, answer) in Rows())
            {
                for (var i = 0; i < Math.Max(1, questions.Count); i++)
                {
                    writer.Write("<tr>");
                    if (questions.Count == 0)
                    {
                        writer.Write("<td class=\"govtext-question\"></td>");
                    }
                    else
                    {
                        var q = questions[i];
                        writer.Write($"<td class=\"govtext-question\"><b>{E(Label("Vraag", q.Numbers))}</b> <small>(p. {q.Span.Page})</small><br/>{E(q.Text)}</td>");
                    }

                    if (i == 0)
                    {
                        var span = questions.Count > 1 ? $" rowspan=\"{questions.Count}\"" : string.Empty;
                        writer.Write(answer is null
                            ? $"<td class=\"govtext-answer\"{span}><i>(geen antwoord)</i></td>"
                            : $"<td class=\"govtext-answer\"{span}><b>{E(Label("Antwoord", answer.Numbers))}</b> <small>(p. {answer.Span.Page})</small><br/>{E(answer.Text)}</td>");
                    }

                    writer.Write("</tr>");
                }
            }

            writer.Write("</tbody></table>");
        }

        if (Footnotes.Length > 0)
        {
            writer.Write("<ol class=\"govtext-footnotes\">");
            foreach (var f in Footnotes)
            {
                writer.Write($"<li value=\"{f.Number}\">{E(f.Text)}</li>");
            }

            writer.Write("</ol>");
        }

        writer.Write($"<p class=\"govtext-summary\"><small>{E(Summary())}</small></p></div>");
    }

    /// <summary>The document as an HTML fragment (see <see cref="WriteHtml"/>).</summary>
    /// <returns>The HTML.</returns>
    public string ToHtml()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteHtml(writer);
        return writer.ToString();
    }

    /// <summary>
    /// Writes the document as Markdown: a heading, the header fields, then each question followed by its answer,
    /// with page numbers. Markdown characters in document text are escaped.
    /// </summary>
    /// <param name="writer">The destination.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteMarkdown(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("# " + Escape(Id ?? Source.File ?? "Kamervragen"));
        writer.WriteLine(Subject is null ? string.Empty : ": " + Escape(Subject.Text));
        writer.WriteLine();
        foreach (var (label, value) in HeaderLines())
        {
            writer.WriteLine($"- **{label}:** {Escape(value)}");
        }

        if (Notice is not null)
        {
            writer.WriteLine();
            writer.WriteLine(Escape(Notice.Text));
        }

        foreach (var (questions, answer) in Rows())
        {
            foreach (var q in questions)
            {
                writer.WriteLine();
                writer.WriteLine($"## {Label("Vraag", q.Numbers)} (p. {q.Span.Page})");
                writer.WriteLine();
                writer.WriteLine(Escape(q.Text));
            }

            writer.WriteLine();
            if (answer is null)
            {
                writer.WriteLine("*(geen antwoord)*");
            }
            else
            {
                writer.WriteLine($"**{Label("Antwoord", answer.Numbers)}** (p. {answer.Span.Page})");
                writer.WriteLine();
                writer.WriteLine(Escape(answer.Text));
            }
        }

        if (Footnotes.Length > 0)
        {
            writer.WriteLine();
            foreach (var f in Footnotes)
            {
                writer.WriteLine($"{f.Number}. {Escape(f.Text)}");
            }
        }

        writer.WriteLine();
        writer.WriteLine("*" + Escape(Summary()) + "*");
    }

    /// <summary>The document as Markdown (see <see cref="WriteMarkdown"/>).</summary>
    /// <returns>The Markdown.</returns>
    public string ToMarkdown()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteMarkdown(writer);
        return writer.ToString();
    }

    /// <summary>Questions grouped by the answer they share, in question order, then answers without a question.</summary>
    private List<(List<Question> Questions, Answer? Answer)> Rows()
    {
        var rows = new List<(List<Question> Questions, Answer? Answer)>();
        foreach (var (q, a) in Pairs())
        {
            if (a is not null && rows.Count > 0 && ReferenceEquals(rows[^1].Answer, a))
            {
                rows[^1].Questions.Add(q);
            }
            else
            {
                rows.Add(([q], a));
            }
        }

        foreach (var a in Answers)
        {
            if (!rows.Exists(r => ReferenceEquals(r.Answer, a)))
            {
                rows.Add(([], a));
            }
        }

        return rows;
    }

    private IEnumerable<(string Label, string Value)> HeaderLines()
    {
        yield return ("Soort", Kind switch
        {
            DocumentKind.Questions => "vragen",
            DocumentKind.Answer => "vragen met antwoord",
            DocumentKind.NaderAnswer => "nader antwoord",
            _ => "mededeling",
        });
        if (Askers.Length > 0)
        {
            yield return ("Vragen van", string.Join(", ", Askers.Select(a => a.Party is null ? a.Name : $"{a.Name} ({a.Party})")));
        }

        if (Addressees.Length > 0)
        {
            yield return ("Aan", string.Join(", ", Addressees.Select(a => a.Office)));
        }

        if (Submitted is not null)
        {
            yield return ("Ingezonden", Submitted.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (AnsweredBy is { } by)
        {
            var text = $"{by.Office} {by.Name}" + (by.Portfolio is null ? string.Empty : $" ({by.Portfolio})");
            if (by.OnBehalfOf.Length > 0)
            {
                text += ", mede namens " + string.Join(", ", by.OnBehalfOf);
            }

            yield return ("Antwoord van", text);
        }

        if (Received is not null)
        {
            yield return ("Ontvangen", Received.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (SeeAlso.Length > 0)
        {
            yield return ("Zie ook", string.Join(", ", SeeAlso.Select(s => s.Id)));
        }
    }

    private string Summary()
    {
        var errors = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        return string.Create(CultureInfo.InvariantCulture, $"{Source.File} ({Source.Format}): {Questions.Length} questions, {Answers.Length} answers, coverage {Coverage:P0}, {errors} errors, {warnings} warnings");
    }

    private static string Label(string word, IReadOnlyList<int> numbers) => numbers.Count switch
    {
        0 => word,
        1 => $"{word} {numbers[0]}",
        _ => $"{word} {string.Join(", ", numbers.Take(numbers.Count - 1))} en {numbers[^1]}",
    };

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
