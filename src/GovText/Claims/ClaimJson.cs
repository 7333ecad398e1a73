using System.Globalization;
using System.Text.Json;

namespace GovText.Claims;

/// <summary>Writes claims as the JSON of <c>govtext claims</c> (docs/cli.md).</summary>
public static class ClaimJson
{
    /// <summary>Writes one claim object.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="c">The claim.</param>
    public static void Write(Utf8JsonWriter w, Claim c)
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
        WriteStrings(w, "negationCues", c.NegationCues);
        WriteStrings(w, "hedges", c.Hedges);
        WriteStrings(w, "qualifiers", c.Qualifiers);
        w.WriteStartArray("entities");
        foreach (var e in c.Entities)
        {
            w.WriteStartObject();
            w.WriteString("text", e.Text);
            w.WriteString("canonical", e.Canonical);
            w.WriteString("type", e.Type);
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
        w.WriteString("sentence", c.Sentence);
        w.WriteStartObject("source");
        w.WriteString("file", c.File is null ? null : Path.GetFileName(c.File));
        w.WriteString("documentId", c.DocumentId);
        w.WriteNumber("page", c.Span.Page);
        w.WriteNumber("start", c.Span.Start);
        w.WriteNumber("end", c.Span.End);
        w.WriteEndObject();
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
