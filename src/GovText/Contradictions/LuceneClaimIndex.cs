using System.Text;
using System.Text.Json;
using GovText.Claims;
using GovText.Parliament;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GovText.Contradictions;

/// <summary>
/// A persistent index on disk (Lucene.Net) for large corpora: claims are stored as JSON with their entity and
/// predicate keys as exact terms and their text analysed with Lucene's Dutch analyzer (Snowball Dutch stemmer).
/// Adds are incremental and committed; opening the same folder again after a restart sees every committed claim.
/// Candidate retrieval uses the same keys and order as <see cref="InMemoryClaimIndex"/>, so both give the same
/// findings. Thread-safe.
/// </summary>
public sealed class LuceneClaimIndex : IClaimIndex
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly System.Threading.Lock _lock = new();
    private DirectoryReader _reader;

    /// <summary>Opens (or creates) an index in a folder.</summary>
    /// <param name="folder">The folder.</param>
    public LuceneClaimIndex(string folder)
        : this(FSDirectory.Open(folder))
    {
    }

    private LuceneClaimIndex(LuceneDirectory directory)
    {
        _directory = directory;
        var config = new IndexWriterConfig(Version, new DutchAnalyzer(Version)) { OpenMode = OpenMode.CREATE_OR_APPEND };
        _writer = new IndexWriter(_directory, config);
        _writer.Commit();
        _reader = DirectoryReader.Open(_directory);
    }

    /// <summary>An index in memory (Lucene's RAMDirectory), mainly for tests.</summary>
    /// <returns>The index.</returns>
    public static LuceneClaimIndex InMemory() => new(new RAMDirectory());

    /// <inheritdoc />
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _reader.NumDocs;
            }
        }
    }

    /// <inheritdoc />
    public void Add(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        lock (_lock)
        {
            foreach (var claim in claims)
            {
                var doc = new Document();
                foreach (var key in IndexKeys.EntityKeys(claim))
                {
                    doc.Add(new StringField("key", key, Field.Store.NO));
                }

                if (IndexKeys.PredicateKey(claim) is { } pk)
                {
                    doc.Add(new StringField("key", pk, Field.Store.NO));
                }

                foreach (var key in ContentTerms.Keys(claim))
                {
                    doc.Add(new StringField("key", key, Field.Store.NO));
                }

                if (claim.File is { } file)
                {
                    doc.Add(new StringField("key", IndexKeys.FileKey(file), Field.Store.NO));
                }

                doc.Add(new Lucene.Net.Documents.TextField("text", claim.Text, Field.Store.NO));
                doc.Add(new StoredField("claim", Serialize(claim)));
                _writer.AddDocument(doc);
            }

            _writer.Commit();
            var changed = DirectoryReader.OpenIfChanged(_reader);
            if (changed is not null)
            {
                _reader.Dispose();
                _reader = changed;
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Claim> Candidates(Claim denial, int max)
    {
        ArgumentNullException.ThrowIfNull(denial);
        var required = IndexKeys.RequiredKeys(denial);
        var content = ContentTerms.Keys(denial).ToList();
        if ((required.IsEmpty && content.Count == 0) || max <= 0)
        {
            return [];
        }

        // The claims with the denial's actor and object, or that share at least two of its content words.
        var query = new BooleanQuery();
        if (!required.IsEmpty)
        {
            var strict = new BooleanQuery();
            foreach (var key in required)
            {
                strict.Add(new TermQuery(new Term("key", key)), Occur.MUST);
            }

            query.Add(strict, Occur.SHOULD);
        }

        if (content.Count >= IndexKeys.MinSharedContent)
        {
            var shared = new BooleanQuery { MinimumNumberShouldMatch = IndexKeys.MinSharedContent };
            foreach (var key in content)
            {
                shared.Add(new TermQuery(new Term("key", key)), Occur.SHOULD);
            }

            query.Add(shared, Occur.SHOULD);
        }

        if (denial.File is { } denialFile && content.Count > 0)
        {
            // The denial's own document: one shared content word is enough to be a candidate.
            var own = new BooleanQuery { { new TermQuery(new Term("key", IndexKeys.FileKey(denialFile))), Occur.MUST } };
            var any = new BooleanQuery();
            foreach (var key in content)
            {
                any.Add(new TermQuery(new Term("key", key)), Occur.SHOULD);
            }

            own.Add(any, Occur.MUST);
            query.Add(own, Occur.SHOULD);
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        return Run(query, max);
    }

    /// <summary>Full-text search over claim texts with Dutch stemming ("gebruikt" finds "gebruiken").</summary>
    /// <param name="text">Words to look for (all must occur).</param>
    /// <param name="max">Maximum results.</param>
    /// <returns>Matching claims in index order.</returns>
    public IReadOnlyList<Claim> SearchText(string text, int max = 100)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = new BooleanQuery();
        using var analyzer = new DutchAnalyzer(Version);
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            query.Add(new TermQuery(new Term("text", term.ToString())), Occur.MUST);
        }

        stream.End();
        return query.Clauses.Count == 0 ? [] : Run(query, max);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _reader.Dispose();
            _writer.Dispose();
            _directory.Dispose();
        }
    }

    private List<Claim> Run(Query query, int max)
    {
        lock (_lock)
        {
            var searcher = new IndexSearcher(_reader);
            var top = searcher.Search(query, null, max, Sort.INDEXORDER);
            var result = new List<Claim>(top.ScoreDocs.Length);
            foreach (var hit in top.ScoreDocs)
            {
                var json = searcher.Doc(hit.Doc).Get("claim");
                using var parsed = JsonDocument.Parse(json);
                result.Add(ClaimJsonReader.Read(parsed.RootElement));
            }

            return result;
        }
    }

    private static string Serialize(Claim claim)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, KamervraagJson.WriterOptions))
        {
            ClaimJson.Write(w, claim, includePath: true);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
