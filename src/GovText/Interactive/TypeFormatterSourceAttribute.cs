namespace GovText.Interactive;

/// <summary>
/// Points notebook hosts at <see cref="GovTextFormatterSource"/>. .NET Interactive (Polyglot Notebooks,
/// dotnet-repl) matches this attribute <em>by name</em> and calls the formatter source by convention, so GovText
/// renders as HTML in notebooks without referencing any notebook package.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The type with a public parameterless constructor and <c>CreateTypeFormatters()</c>.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types notebooks should prefer for this type.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}

/// <summary>Creates GovText's notebook formatters (convention: <c>IEnumerable&lt;object&gt; CreateTypeFormatters()</c>).</summary>
internal sealed class GovTextFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new KamervraagDocumentHtmlFormatter();
    }
}

/// <summary>Formats a <see cref="Parliament.KamervraagDocument"/> as HTML (convention: <c>MimeType</c> and <c>bool Format(object, TextWriter)</c>).</summary>
internal sealed class KamervraagDocumentHtmlFormatter
{
    public string MimeType => "text/html";

    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not Parliament.KamervraagDocument document)
        {
            return false;
        }

        document.WriteHtml(writer);
        return true;
    }
}
