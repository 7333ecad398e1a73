using System.Text;

namespace GovText.Documents;

/// <summary>Decodes bytes to text: BOM first, then strict UTF-8, then Latin-1 with a warning.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string? file, List<Diagnostic> diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var position = ex.Index >= 0 ? ex.Index : (int?)null;
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "GT0101",
                "Input is not valid UTF-8; decoded as Latin-1 (ISO-8859-1).", file, null, position));
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>True when the decoded text looks binary (NULs or many control characters).</summary>
    public static bool LooksBinary(string text, out int offset)
    {
        var controls = 0;
        var sample = Math.Min(text.Length, 64 * 1024);
        for (var i = 0; i < sample; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                offset = i;
                return true;
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        offset = 0;
        return sample > 0 && controls > sample / 20;
    }
}
