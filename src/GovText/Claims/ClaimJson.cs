using System.Globalization;
using System.Text.Json;

namespace GovText.Claims;

/// <summary>Writes claims as the JSON of <c>govtext claims</c> (docs/cli.md).</summary>
public static class ClaimJson
{
    /// <summary>Writes one claim object.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="c">The claim.</param>
    /// <param name="includePath">Also write the full file path (for round trips through the persistent index).</param>
    public static void Write(Utf8JsonWriter w, Claim c, bool includePath = false)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(c);
        w.WriteStartObject();
        w.WriteString("text", c.Text);
        w.WriteString("kind", c.Kind switch
        {
            ClaimKind.Statement => "statement",
            ClaimKind.Quote => "quote",
            ClaimKind.ReportedSpeech => "reported-speech",
            ClaimKind.Evidence => "evidence",
            _ => "quoted-in-question",
        });
        if (c.Speaker is { } s)
        {
            w.WriteStartObject("speaker");
            w.WriteString("name", s.Name);
            w.WriteString("role", s.Role);
            w.WriteString("office", s.Office);
            w.WriteString("mention", s.Mention);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("speaker");
        }

        w.WriteString("attribution", c.Attribution);
        WriteTime(w, "madeAt", c.MadeAt);
        WriteTime(w, "refersTo", c.RefersTo);
        w.WriteString("documentDate", c.DocumentDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("polarity", c.Negated ? "negative" : "positive");
        w.WriteBoolean("hypothetical", c.Hypothetical);
        w.WriteString("denial", c.Denial is { } d ? StanceNames.Of(d) : null);
        w.WriteString("antonymCue", c.AntonymCue);
        WriteStrings(w, "negationCues", c.NegationCues);
        w.WriteString("negationNote", c.NegationNote);
        WriteStrings(w, "hedges", c.Hedges);
        WriteStrings(w, "qualifiers", c.Qualifiers);
        w.WriteStartArray("entities");
        foreach (var e in c.Entities)
        {
            w.WriteStartObject();
            w.WriteString("text", e.Text);
            w.WriteString("canonical", e.Canonical);
            w.WriteString("type", e.Type);
            w.WriteNumber("start", e.Start);
            if (e.Score is { } score)
            {
                w.WriteNumber("score", Math.Round(score, 3));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("quantities");
        foreach (var q in c.Quantities)
        {
            w.WriteStartObject();
            w.WriteString("text", q.Text);
            w.WriteNumber("min", q.Min);
            if (q.Max is { } max)
            {
                w.WriteNumber("max", max);
            }
            else
            {
                w.WriteNull("max");
            }

            w.WriteString("unit", q.Unit);
            w.WriteNumber("start", q.Start);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (c.Proposition is { } p)
        {
            w.WriteStartObject("proposition");
            w.WriteString("subject", p.Subject);
            w.WriteString("predicate", p.Predicate);
            w.WriteString("object", p.Object);
            w.WriteBoolean("negated", p.Negated);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("proposition");
        }

        w.WriteString("citedSource", c.CitedSource);
        w.WriteString("resolvedStatement", c.ResolvedStatement);
        w.WriteString("sentence", c.Sentence);
        WriteSource(w, c.File, c.Span, includePath, documentId: true, c.DocumentId);
        w.WriteEndObject();
    }

    /// <summary>The <c>source</c> object: file name (and full path on request), document id, page and character span.</summary>
    private static void WriteSource(Utf8JsonWriter w, string? file, Documents.SourceSpan span, bool includePath, bool documentId, string? id)
    {
        w.WriteStartObject("source");
        w.WriteString("file", file is null ? null : Path.GetFileName(file));
        if (includePath)
        {
            w.WriteString("path", file);
        }

        if (documentId)
        {
            w.WriteString("documentId", id);
        }

        w.WriteNumber("page", span.Page);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteEndObject();
    }

    /// <summary>Writes one answer's stance as a JSON object: the answer numbers, the label with cue, qualifier and
    /// proposition as <c>govtext stance</c> gives them, the rule that decided, and where the cue is.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="s">The answer's stance.</param>
    /// <param name="file">The document's file name, or null.</param>
    public static void Write(Utf8JsonWriter w, AnswerStance s, string? file)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(s);
        w.WriteStartObject();
        w.WriteStartArray("answers");
        foreach (var n in s.Numbers)
        {
            w.WriteNumberValue(n);
        }

        w.WriteEndArray();
        w.WriteString("label", s.Stance.LabelName);
        w.WriteString("cue", s.Stance.Cue);
        w.WriteString("qualifier", s.Stance.Qualifier);
        w.WriteString("proposition", s.Stance.Proposition);
        w.WriteNumber("confidence", Math.Round(s.Stance.Confidence, 3));
        w.WriteString("rule", s.Stance.Rule);
        if (s.Cue is { } span)
        {
            WriteSource(w, file, span, includePath: false, documentId: false, null);
        }
        else
        {
            w.WriteNull("source");
        }

        w.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter w, string name, TimeReference? t)
    {
        if (t is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("text", t.Text);
        w.WriteString("from", t.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("to", t.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}

/// <summary>Reads claims written by <see cref="ClaimJson.Write(System.Text.Json.Utf8JsonWriter, Claim, bool)"/> back (used by the persistent index).</summary>
public static class ClaimJsonReader
{
    /// <summary>Reads one claim object.</summary>
    /// <param name="e">The JSON object.</param>
    /// <returns>The claim.</returns>
    public static Claim Read(JsonElement e)
    {
        static string? S(JsonElement o, string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        static DateOnly? D(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        static TimeReference? T(JsonElement o, string name) =>
            o.TryGetProperty(name, out var t) && t.ValueKind == JsonValueKind.Object ? new TimeReference(S(t, "text") ?? string.Empty, D(S(t, "from")), D(S(t, "to"))) : null;
        static System.Collections.Immutable.ImmutableArray<string> A(JsonElement o, string name) =>
            o.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? [.. a.EnumerateArray().Select(x => x.GetString() ?? string.Empty)] : [];

        var source = e.GetProperty("source");
        Speaker? speaker = e.TryGetProperty("speaker", out var sp) && sp.ValueKind == JsonValueKind.Object
            ? new Speaker(S(sp, "name") ?? string.Empty, S(sp, "role") ?? string.Empty, S(sp, "office"), S(sp, "mention"))
            : null;
        Proposition? proposition = e.TryGetProperty("proposition", out var p) && p.ValueKind == JsonValueKind.Object
            ? new Proposition(S(p, "subject"), S(p, "predicate"), S(p, "object"), p.GetProperty("negated").GetBoolean())
            : null;
        return new Claim
        {
            Text = S(e, "text") ?? string.Empty,
            Sentence = S(e, "sentence") ?? string.Empty,
            Span = new Documents.SourceSpan(source.GetProperty("page").GetInt32(), source.GetProperty("start").GetInt32(), source.GetProperty("end").GetInt32()),
            File = S(source, "path") ?? S(source, "file"),
            DocumentId = S(source, "documentId"),
            Kind = S(e, "kind") switch
            {
                "quote" => ClaimKind.Quote,
                "reported-speech" => ClaimKind.ReportedSpeech,
                "evidence" => ClaimKind.Evidence,
                "quoted-in-question" => ClaimKind.QuotedInQuestion,
                _ => ClaimKind.Statement,
            },
            Speaker = speaker,
            Attribution = S(e, "attribution"),
            MadeAt = T(e, "madeAt"),
            RefersTo = T(e, "refersTo"),
            DocumentDate = D(S(e, "documentDate")),
            Negated = S(e, "polarity") == "negative",
            Hypothetical = e.TryGetProperty("hypothetical", out var h) && h.ValueKind == JsonValueKind.True,
            Denial = S(e, "denial") is { } d ? StanceNames.Parse(d) : null,
            AntonymCue = S(e, "antonymCue"),
            NegationCues = A(e, "negationCues"),
            NegationNote = S(e, "negationNote"),
            Hedges = A(e, "hedges"),
            Qualifiers = A(e, "qualifiers"),
            Entities = e.TryGetProperty("entities", out var es) ? [.. es.EnumerateArray().Select(x => new EntityMention(S(x, "text") ?? string.Empty, S(x, "canonical") ?? string.Empty, S(x, "type") ?? "Misc", x.TryGetProperty("start", out var st) ? st.GetInt32() : 0) { Score = x.TryGetProperty("score", out var sc) && sc.ValueKind == JsonValueKind.Number ? sc.GetDouble() : null })] : [],
            Quantities = e.TryGetProperty("quantities", out var qs) ? [.. qs.EnumerateArray().Select(x => new QuantityMention(S(x, "text") ?? string.Empty, x.GetProperty("min").GetDouble(), x.GetProperty("max").ValueKind == JsonValueKind.Number ? x.GetProperty("max").GetDouble() : null, S(x, "unit"), x.TryGetProperty("start", out var st) ? st.GetInt32() : 0))] : [],
            Proposition = proposition,
            CitedSource = S(e, "citedSource"),
            ResolvedStatement = S(e, "resolvedStatement"),
        };
    }
}
