using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovText.Language;

/// <summary>
/// Writes an analysed text as one compact JSON object followed by a newline:
/// <c>{"text":…,"tokens":[{"start","end","form","lemma","upos","ner","entity"}],"sentences":[{"start","end","firstToken","tokenCount"}],"entities":[{"type","text","start","end","score"}]}</c>.
/// Offsets are UTF-16 character offsets into <c>text</c> (end exclusive); <c>ner</c> is the coarse BIO tag of
/// <see cref="ConlluWriter"/>, <c>entity</c> the fine type or null; <c>score</c> is rounded to four decimals.
/// </summary>
public static class AnnotationJson
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="text"/> as JSON.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="text">The analysed text (with or without a "ner" layer).</param>
    public static void Write(TextWriter writer, TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            json.WriteStartObject();
            json.WriteString("text", text.Text);
            json.WriteStartArray("tokens");
            foreach (var sentence in text)
            {
                var (ner, entity) = ConlluWriter.TokenEntities(sentence);
                for (var i = 0; i < sentence.Count; i++)
                {
                    json.WriteStartObject();
                    json.WriteNumber("start", sentence.Tokens[i].Start);
                    json.WriteNumber("end", sentence.Tokens[i].End);
                    json.WriteString("form", sentence.Forms[i]);
                    json.WriteString("lemma", sentence.Lemmas[i]);
                    json.WriteString("upos", sentence.Tags[i] == UPos.None ? "X" : sentence.Tags[i].ToString());
                    json.WriteString("ner", ner[i]);
                    if (entity[i] is { } type)
                    {
                        json.WriteString("entity", type);
                    }
                    else
                    {
                        json.WriteNull("entity");
                    }

                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("sentences");
            var first = 0;
            foreach (var sentence in text)
            {
                json.WriteStartObject();
                json.WriteNumber("start", sentence.Start);
                json.WriteNumber("end", sentence.End);
                json.WriteNumber("firstToken", first);
                json.WriteNumber("tokenCount", sentence.Count);
                json.WriteEndObject();
                first += sentence.Count;
            }

            json.WriteEndArray();
            json.WriteStartArray("entities");
            foreach (var sentence in text)
            {
                if (!sentence.Annotations.TryGetValue("ner", out var spans))
                {
                    continue;
                }

                foreach (var span in spans)
                {
                    var start = span.StartIn(sentence);
                    var end = span.EndIn(sentence);
                    json.WriteStartObject();
                    json.WriteString("type", span.Label);
                    json.WriteString("text", text.Text[start..end]);
                    json.WriteNumber("start", start);
                    json.WriteNumber("end", end);
                    json.WriteNumber("score", Math.Round((double)span.Score, 4));
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
    }
}
