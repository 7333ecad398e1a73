namespace GovText.Documents;

/// <summary>Base class of GovText's typed exceptions; always names the file and, where known, the position.</summary>
public class GovTextException : Exception
{
    /// <summary>Creates an exception.</summary>
    public GovTextException()
        : base("GovText could not process the input.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public GovTextException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public GovTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception that names a file and position.</summary>
    /// <param name="file">The file.</param>
    /// <param name="page">The page, if known.</param>
    /// <param name="offset">The offset or byte position, if known.</param>
    /// <param name="reason">What went wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public GovTextException(string? file, int? page, long? offset, string reason, Exception? innerException = null)
        : base(Format(file, page, offset, reason), innerException)
    {
        File = file;
        Page = page;
        Offset = offset;
        Reason = reason;
    }

    /// <summary>The file the error is about.</summary>
    public string? File { get; }

    /// <summary>The 1-based page, if known.</summary>
    public int? Page { get; }

    /// <summary>The character or byte offset, if known.</summary>
    public long? Offset { get; }

    /// <summary>The reason without the location prefix.</summary>
    public string? Reason { get; }

    private static string Format(string? file, int? page, long? offset, string reason)
    {
        var where = file ?? "<input>";
        if (page is { } p)
        {
            where += $", page {p}";
        }

        if (offset is { } o)
        {
            where += $", offset {o}";
        }

        return $"{where}: {reason}";
    }
}

/// <summary>The input is not a readable document of the claimed or detected format (empty, corrupt, truncated, hostile).</summary>
public sealed class DocumentFormatException : GovTextException
{
    /// <summary>Creates an exception.</summary>
    public DocumentFormatException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public DocumentFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming file and position.</summary>
    /// <param name="file">The file.</param>
    /// <param name="page">The page, if known.</param>
    /// <param name="offset">The offset, if known.</param>
    /// <param name="reason">What went wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public DocumentFormatException(string? file, int? page, long? offset, string reason, Exception? innerException = null)
        : base(file, page, offset, reason, innerException)
    {
    }
}

/// <summary>The document is encrypted and cannot be read without a password.</summary>
public sealed class DocumentEncryptedException : GovTextException
{
    /// <summary>Creates an exception.</summary>
    public DocumentEncryptedException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public DocumentEncryptedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentEncryptedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming the file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="reason">What went wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public DocumentEncryptedException(string? file, string reason, Exception? innerException = null)
        : base(file, null, null, reason, innerException)
    {
    }
}

/// <summary>The input exceeds a configured limit (size, pages, nesting depth, element count).</summary>
public sealed class DocumentTooLargeException : GovTextException
{
    /// <summary>Creates an exception.</summary>
    public DocumentTooLargeException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public DocumentTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming file and position.</summary>
    /// <param name="file">The file.</param>
    /// <param name="offset">The offset, if known.</param>
    /// <param name="reason">Which limit was exceeded.</param>
    public DocumentTooLargeException(string? file, long? offset, string reason)
        : base(file, null, offset, reason)
    {
    }
}

/// <summary>The document was read, but it is not a Kamervragen document (no question/answer structure).</summary>
public sealed class NotKamervragenException : GovTextException
{
    /// <summary>Creates an exception.</summary>
    public NotKamervragenException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public NotKamervragenException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public NotKamervragenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming the file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="reason">Why the document was rejected.</param>
    public NotKamervragenException(string? file, string reason)
        : base(file, null, null, reason)
    {
    }
}
