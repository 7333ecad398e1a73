using System.Reflection;
using GovText.Parliament;
using GovText.Tests.Infrastructure;
using Xunit;

namespace GovText.Tests.Interactive;

/// <summary>The notebook display convention (house style §2.10) and the Markdown output.</summary>
public sealed class DisplayTests
{
    [Fact]
    public void Html_ViaNameMatchedConvention_PutsQuestionsBesideAnswers()
    {
        var html = FormatLikeDotNetInteractive(Kamervragen.Open(DemoDocument.Path), "text/html");
        Assert.StartsWith("<div class=\"govtext-document\">", html, StringComparison.Ordinal);
        Assert.Contains("<th>Vraag</th><th>Antwoord</th>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<tr><td class=\"govtext-question\"><b>Vraag 1</b> <small>(p. 1)</small><br/>Bent u bekend met het bericht over het gebruik van Clearview AI door de Nederlandse politie?</td>"
            + "<td class=\"govtext-answer\"><b>Antwoord 1</b> <small>(p. 1)</small><br/>Ja.</td></tr>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<td class=\"govtext-answer\"><b>Antwoord 3</b> <small>(p. 1)</small><br/>Zie het antwoord op vraag 2.</td>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Van Ginneken (D66), Bouchallikh (GroenLinks)</dd>", html, StringComparison.Ordinal);
        Assert.Contains("&#171;voor zover ik heb kunnen nagaan", html, StringComparison.Ordinal); // « encoded
    }

    [Fact]
    public void Html_EncodesAllDocumentText()
    {
        var doc = Kamervragen.ParseText("Vraag 1\nIs <script>alert('x')</script> & \"dit\" veilig?\n\nAntwoord 1\n<b>Ja</b>.\n", "<evil>.txt");
        var html = doc.ToHtml();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Ja</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<evil>", html, StringComparison.Ordinal);
        Assert.Contains("Is &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;dit&quot; veilig?", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Ja&lt;/b&gt;.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_OneAnswerForSeveralQuestions_SpansTheirRows()
    {
        var doc = Kamervragen.ParseText("Vraag 1\nEen?\n\nVraag 2\nTwee?\n\nAntwoord 1 en 2\nBeide ja.\n", "x.txt");
        var html = doc.ToHtml();
        Assert.Contains("<td class=\"govtext-answer\" rowspan=\"2\"><b>Antwoord 1 en 2</b>", html, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(html, "Beide ja."));
    }

    [Fact]
    public void Markdown_ListsQuestionsThenAnswers_Escaped()
    {
        var md = Kamervragen.Open(DemoDocument.Path).ToMarkdown();
        Assert.StartsWith("# ah-tk-20212022-105: het bericht dat", md, StringComparison.Ordinal);
        Assert.Contains("- **Vragen van:** Van Ginneken (D66), Bouchallikh (GroenLinks)\n", md, StringComparison.Ordinal);
        Assert.Contains("## Vraag 2 (p. 1)\n\nHerinnert u zich uw antwoord uit maart 2020", md, StringComparison.Ordinal);
        Assert.Contains("**Antwoord 2** (p. 1)\n\nJa.\n", md, StringComparison.Ordinal);
        Assert.Contains("benaderd \\[is\\] door Clearview", md, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Kamervragen.Open(DemoDocument.Path).WriteMarkdown(null!));
    }

    /// <summary>
    /// Does what .NET Interactive's Formatter does for a type without registered formatters: find an attribute
    /// named TypeFormatterSourceAttribute, create its FormatterSourceType, call CreateTypeFormatters(), pick the
    /// formatter for the MIME type by its MimeType property and call Format(object, TextWriter).
    /// </summary>
    private static string FormatLikeDotNetInteractive(object value, string mimeType)
    {
        var attribute = value.GetType().GetCustomAttributes().Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var preferred = (string[]?)attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute);
        Assert.Equal(["text/html"], preferred!);
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = (IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        var formatter = formatters.Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == mimeType);
        using var writer = new StringWriter();
        var handled = (bool)formatter.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])!.Invoke(formatter, [value, writer])!;
        Assert.True(handled);
        Assert.False((bool)formatter.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])!.Invoke(formatter, ["not a document", new StringWriter()])!);
        return writer.ToString();
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
