using System.Globalization;
using System.Text;
using System.Text.Json;
using GovText.Claims;
using GovText.Parliament;
using Markdig;

namespace GovText.Contradictions;

/// <summary>Renders findings as JSON (docs/cli.md), a Markdown report, HTML (Markdig) and schema.org ClaimReview JSON-LD.</summary>
public static class FindingReport
{
    /// <summary>Writes the JSON of <c>govtext contradictions --format json</c>.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="indented">Pretty-print.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(ContradictionAnalysis analysis, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, KamervraagJson.WriterOptions with { Indented = indented }))
        {
            w.WriteStartObject();
            w.WriteStartArray("findings");
            var rank = 0;
            foreach (var f in analysis.Findings)
            {
                rank++;
                w.WriteStartObject();
                w.WriteNumber("rank", rank);
                w.WritePropertyName("denial");
                WriteSide(w, f.Denial, f.DenialDate, includeQualifiers: true);
                w.WritePropertyName("evidence");
                WriteSide(w, f.Evidence, f.EvidenceDate, includeQualifiers: false);
                w.WriteString("type", f.TypeName);
                w.WriteNumber("score", f.Score);
                w.WriteString("timing", f.TimingName);
                w.WriteStartArray("reasons");
                foreach (var r in f.Reasons)
                {
                    w.WriteStringValue(r);
                }

                w.WriteEndArray();
                w.WritePropertyName("claimReview");
                WriteClaimReview(w, f);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("denials", analysis.Denials);
            w.WriteNumber("evidenceClaims", analysis.EvidenceClaims);
            w.WriteStartArray("diagnostics");
            foreach (var d in analysis.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                w.WriteString("code", d.Code);
                w.WriteString("file", d.File);
                w.WriteString("message", d.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A readable Markdown report: per finding, denial and evidence side by side with cues in bold.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>Markdown.</returns>
    public static string ToMarkdown(ContradictionAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var sb = new StringBuilder();
        sb.AppendLine("# GovText: denials contradicted by reporting");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{analysis.Findings.Length} finding(s) from {analysis.Denials} denial(s) against {analysis.EvidenceClaims} evidence claim(s) in {analysis.Files.Length} file(s).");
        var rank = 0;
        foreach (var f in analysis.Findings)
        {
            rank++;
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"## {rank}. {f.TypeName} contradiction — score {f.Score:0.00} ({f.TimingName.Replace('-', ' ')})");
            sb.AppendLine();
            sb.AppendLine("| Denial | Evidence |");
            sb.AppendLine("|---|---|");
            sb.AppendLine($"| {Cell(Highlight(f.Denial))} | {Cell(Highlight(f.Evidence))} |");
            sb.AppendLine($"| {Cell(Who(f.Denial, f.DenialDate))} | {Cell(Who(f.Evidence, f.EvidenceDate))} |");
            sb.AppendLine($"| {Cell(Where(f.Denial))} | {Cell(Where(f.Evidence))} |");
            sb.AppendLine();
            sb.AppendLine("Why:");
            foreach (var r in f.Reasons)
            {
                sb.AppendLine("- " + Escape(r));
            }
        }

        if (analysis.Diagnostics.Length > 0)
        {
            sb.AppendLine();
            sb.AppendLine("## Diagnostics");
            sb.AppendLine();
            foreach (var d in analysis.Diagnostics)
            {
                sb.AppendLine("- " + Escape(d.ToString()));
            }
        }

        return sb.ToString();
    }

    /// <summary>The Markdown report rendered to a standalone HTML page with Markdig.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>HTML.</returns>
    public static string ToHtml(ContradictionAnalysis analysis)
    {
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
        var body = Markdown.ToHtml(ToMarkdown(analysis), pipeline);
        return "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>GovText findings</title>" +
               "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}table{border-collapse:collapse;width:100%}" +
               "td,th{border:1px solid #ccc;padding:.5em;vertical-align:top;width:50%}strong{background:#ffe08a}</style></head><body>\n" +
               body + "</body></html>\n";
    }

    /// <summary>schema.org ClaimReview for one finding: the claim by the minister, its appearance, GovText's verdict.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="f">The finding.</param>
    public static void WriteClaimReview(Utf8JsonWriter w, Finding f)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(f);
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "ClaimReview");
        w.WriteString("claimReviewed", f.Denial.Text);
        if (f.DenialDate is { } dd)
        {
            w.WriteString("datePublished", dd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        w.WriteStartObject("itemReviewed");
        w.WriteString("@type", "Claim");
        w.WriteStartObject("author");
        w.WriteString("@type", "Person");
        w.WriteString("name", f.Denial.Speaker?.Name ?? "unknown");
        if (f.Denial.Speaker?.Office is { } office)
        {
            w.WriteString("jobTitle", office);
        }

        w.WriteEndObject();
        w.WriteStartObject("appearance");
        w.WriteString("@type", "CreativeWork");
        w.WriteString("name", f.Denial.DocumentId ?? Path.GetFileName(f.Denial.File ?? string.Empty));
        if (f.Denial.DocumentId is { } id && id.StartsWith("ah-", StringComparison.Ordinal) || f.Denial.DocumentId?.StartsWith("kv-", StringComparison.Ordinal) == true)
        {
            w.WriteString("url", "https://zoek.officielebekendmakingen.nl/" + f.Denial.DocumentId);
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("author");
        w.WriteString("@type", "Organization");
        w.WriteString("name", "GovText");
        w.WriteEndObject();
        w.WriteStartObject("reviewRating");
        w.WriteString("@type", "Rating");
        w.WriteString("alternateName", $"Contradicted by {(f.Timing == Timing.LaterReporting ? "later reporting" : "reporting")} ({f.TypeName})");
        w.WriteNumber("ratingValue", f.Score);
        w.WriteNumber("bestRating", 1);
        w.WriteNumber("worstRating", 0);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteSide(Utf8JsonWriter w, Claim c, DateOnly? date, bool includeQualifiers)
    {
        w.WriteStartObject();
        w.WriteString("text", c.Text);
        w.WriteString("speaker", c.Speaker?.ToString());
        w.WriteString("date", date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("dateText", c.MadeAt?.Text);
        w.WriteString("kind", c.Kind.ToString().ToLowerInvariant());
        if (includeQualifiers)
        {
            w.WriteString("denial", c.Denial is { } d ? StanceNames.Of(d) : null);
            w.WriteStartArray("qualifiers");
            foreach (var q in c.Hedges.Concat(c.Qualifiers))
            {
                w.WriteStringValue(q);
            }

            w.WriteEndArray();
        }
        else
        {
            w.WriteString("attribution", c.Attribution);
        }

        w.WriteStartObject("source");
        w.WriteString("file", c.File);
        w.WriteString("documentId", c.DocumentId);
        w.WriteNumber("page", c.Span.Page);
        w.WriteNumber("start", c.Span.Start);
        w.WriteNumber("end", c.Span.End);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Highlight(Claim c)
    {
        var text = c.Text;
        var cues = c.Hedges.Concat(c.Qualifiers).Concat(c.NegationCues).Concat(c.Quantities.Where(q => !q.IsZero || c.Negated).Select(q => q.Text))
            .Where(x => x.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(x => x.Length).ToList();
        var marks = new bool[text.Length];
        foreach (var cue in cues)
        {
            var at = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                for (var i = at; i < at + cue.Length; i++)
                {
                    marks[i] = true;
                }

                at = text.IndexOf(cue, at + cue.Length, StringComparison.OrdinalIgnoreCase);
            }
        }

        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (marks[i] && (i == 0 || !marks[i - 1]))
            {
                sb.Append("**");
            }

            sb.Append(Escape(text[i].ToString()));
            if (marks[i] && (i == text.Length - 1 || !marks[i + 1]))
            {
                sb.Append("**");
            }
        }

        return "«" + sb + "»";
    }

    private static string Who(Claim c, DateOnly? date) =>
        $"{Escape(c.Speaker?.ToString() ?? "unknown speaker")} — {Escape(c.MadeAt?.Text ?? date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated")}" +
        (c.Attribution is { } a ? $" ({Escape(a)})" : string.Empty);

    private static string Where(Claim c) =>
        $"{Escape(c.DocumentId ?? Path.GetFileName(c.File ?? "?"))}, p. {c.Span.Page}, chars {c.Span.Start}–{c.Span.End}";

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal);
}
