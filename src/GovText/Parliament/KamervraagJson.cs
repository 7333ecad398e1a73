using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovText.Documents;

namespace GovText.Parliament;

/// <summary>Writes a <see cref="KamervraagDocument"/> as the stable JSON documented in docs/cli.md.</summary>
public static class KamervraagJson
{
    /// <summary>Writer options: relaxed escaping so that «», ’ and accents stay readable.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The JSON string used for a kind ("questions", "answer", "nader-answer", "mededeling").</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The string.</returns>
    public static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Questions => "questions",
        DocumentKind.Answer => "answer",
        DocumentKind.NaderAnswer => "nader-answer",
        DocumentKind.Mededeling => "mededeling",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Serialises to a JSON string.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Pretty-print.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(KamervraagDocument document, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions with { Indented = indented }))
        {
            Write(writer, document);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the document as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="document">The document.</param>
    public static void Write(Utf8JsonWriter writer, KamervraagDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        var d = document;
        writer.WriteStartObject();
        writer.WriteString("file", d.Source.File is { } f ? Path.GetFileName(f) : null);
        writer.WriteString("id", d.Id);
        writer.WriteString("kind", KindName(d.Kind));
        writer.WriteString("caseNumber", d.CaseNumber);
        writer.WriteString("documentNumber", d.DocumentNumber);
        writer.WriteString("vergaderjaar", d.Vergaderjaar);
        if (d.AanhangselNumber is { } n)
        {
            writer.WriteNumber("aanhangselNumber", n);
        }
        else
        {
            writer.WriteNull("aanhangselNumber");
        }

        writer.WriteStartArray("askers");
        foreach (var a in d.Askers)
        {
            writer.WriteStartObject();
            writer.WriteString("name", a.Name);
            writer.WriteString("party", a.Party);
            WriteSpan(writer, a.Span);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("addressees");
        foreach (var a in d.Addressees)
        {
            writer.WriteStringValue(a.Office);
        }

        writer.WriteEndArray();
        writer.WriteString("subject", d.Subject?.Text);
        writer.WriteString("submitted", d.Submitted?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("received", d.Received?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (d.AnsweredBy is { } by)
        {
            writer.WriteStartObject("answeredBy");
            writer.WriteString("office", by.Office);
            writer.WriteString("name", by.Name);
            writer.WriteString("portfolio", by.Portfolio);
            writer.WriteStartArray("onBehalfOf");
            foreach (var o in by.OnBehalfOf)
            {
                writer.WriteStringValue(o);
            }

            writer.WriteEndArray();
            WriteSpan(writer, by.Span);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("answeredBy");
        }

        writer.WriteStartArray("seeAlso");
        foreach (var s in d.SeeAlso)
        {
            writer.WriteStringValue(s.Id);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("questions");
        foreach (var q in d.Questions)
        {
            writer.WriteStartObject();
            WriteInts(writer, "numbers", q.Numbers);
            writer.WriteString("text", q.Text);
            WriteInts(writer, "footnotes", q.Footnotes);
            WriteSpan(writer, q.Span);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("answers");
        foreach (var a in d.Answers)
        {
            writer.WriteStartObject();
            WriteInts(writer, "numbers", a.Numbers);
            writer.WriteString("text", a.Text);
            WriteInts(writer, "crossReferences", a.CrossReferences);
            WriteInts(writer, "footnotes", a.Footnotes);
            WriteSpan(writer, a.Span);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("footnotes");
        foreach (var fn in d.Footnotes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number", fn.Number);
            writer.WriteString("text", fn.Text);
            writer.WriteStartArray("urls");
            foreach (var u in fn.Urls)
            {
                writer.WriteStringValue(u);
            }

            writer.WriteEndArray();
            WriteSpan(writer, fn.Span);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("notice", d.Notice?.Text);
        writer.WriteNumber("coverage", Math.Round(d.Coverage, 4));
        writer.WriteStartArray("diagnostics");
        foreach (var diag in d.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("severity", diag.Severity.ToString().ToLowerInvariant());
            writer.WriteString("code", diag.Code);
            writer.WriteString("message", diag.Message);
            if (diag.Page is { } p)
            {
                writer.WriteNumber("page", p);
            }
            else
            {
                writer.WriteNull("page");
            }

            if (diag.Offset is { } o)
            {
                writer.WriteNumber("offset", o);
            }
            else
            {
                writer.WriteNull("offset");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteInts(Utf8JsonWriter writer, string name, IEnumerable<int> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteNumberValue(v);
        }

        writer.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter writer, SourceSpan span)
    {
        writer.WriteStartObject("source");
        writer.WriteNumber("page", span.Page);
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteEndObject();
    }
}
