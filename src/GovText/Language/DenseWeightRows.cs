using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace GovText.Language;

/// <summary>
/// Feature hash → dense row of weights, shared by the UPOS tagger and the named-entity recognizer. The hash → row index
/// is an open-addressing table of packed (hash, row + 1) longs at load ≤ 0.5, so that a lookup usually costs one cache
/// line instead of the bucket and entry arrays of a <see cref="Dictionary{TKey, TValue}"/>. <see cref="Score"/> first
/// touches the home slots of all features (independent loads the processor overlaps), then sums the rows with SIMD.
/// Immutable after construction; the summation order equals a per-feature loop, so scores are bit-identical to it.
/// </summary>
internal sealed class DenseWeightRows
{
    private static long s_sink;
    private readonly long[] _slots; // (hash << 32) | (row + 1); 0 = empty
    private readonly int _mask;
    private readonly float[] _weights;

    /// <param name="rows">Hash → row index into <paramref name="weights"/>.</param>
    /// <param name="weights">Row-major weights, <paramref name="width"/> per row.</param>
    /// <param name="width">Weights per row.</param>
    public DenseWeightRows(IReadOnlyDictionary<int, int> rows, float[] weights, int width)
    {
        Width = width;
        Count = rows.Count;
        _weights = weights;
        var capacity = 16;
        while (capacity < rows.Count * 2)
        {
            capacity <<= 1;
        }

        _slots = new long[capacity];
        _mask = capacity - 1;
        foreach (var (hash, row) in rows)
        {
            var i = Home(hash, _mask);
            while (_slots[i] != 0)
            {
                i = (i + 1) & _mask;
            }

            _slots[i] = ((long)hash << 32) | (uint)(row + 1);
        }
    }

    /// <summary>Number of rows.</summary>
    public int Count { get; }

    /// <summary>Weights per row.</summary>
    public int Width { get; }

    /// <summary>All (hash, row weights) pairs, in table order.</summary>
    public IEnumerable<(int Hash, float[] Row)> Entries()
    {
        foreach (var slot in _slots)
        {
            if (slot != 0)
            {
                yield return ((int)(slot >> 32), _weights.AsSpan(((int)(uint)slot - 1) * Width, Width).ToArray());
            }
        }
    }

    /// <summary>
    /// scores = Σ rows of the features that have one (features without a row are skipped), over the columns
    /// <paramref name="start"/> … <paramref name="start"/> + scores.Length − 1 of each row. Rows of 8 to 24 columns are
    /// summed in three vector registers (at columns 0, 8 and the last eight, which may overlap: an overlapping column
    /// gets the same sum in both), so that a feature costs a few instructions and the processor can have the rows of
    /// many features in flight; every column is still summed in feature order, as by a per-feature loop.
    /// </summary>
    public void Score(ReadOnlySpan<int> features, Span<float> scores, int start = 0)
    {
        long touched = 0;
        foreach (var f in features)
        {
            touched |= _slots[Home(f, _mask)];
        }

        s_sink = touched; // keeps the loads; a static store is cheap and does not box
        var width = scores.Length;
        var lanes = Vector256<float>.Count;
        if (!Vector256.IsHardwareAccelerated || width < lanes || width > 3 * lanes)
        {
            scores.Clear();
            foreach (var f in features)
            {
                var row = RowOf(f);
                if (row >= 0)
                {
                    Add(scores, _weights.AsSpan((row * Width) + start, width));
                }
            }

            return;
        }

        var middle = (nuint)Math.Min(lanes, width - lanes);
        var last = (nuint)(width - lanes);
        var (sum0, sum1, sum2) = (Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero);
        foreach (var f in features)
        {
            var row = RowOf(f);
            if (row >= 0)
            {
                ref readonly var weights = ref _weights[(row * Width) + start + width - 1]; // bounds check of the row's last column
                ref var first = ref Unsafe.Subtract(ref Unsafe.AsRef(in weights), width - 1);
                sum0 += Vector256.LoadUnsafe(ref first);
                sum1 += Vector256.LoadUnsafe(ref first, middle);
                sum2 += Vector256.LoadUnsafe(ref first, last);
            }
        }

        ref var target = ref MemoryMarshal.GetReference(scores);
        sum2.StoreUnsafe(ref target, last);
        sum1.StoreUnsafe(ref target, middle);
        sum0.StoreUnsafe(ref target);
    }

    /// <summary>scores[l] += row[l] for every l, with SIMD where available (same sums, element by element).</summary>
    public static void Add(Span<float> scores, ReadOnlySpan<float> row)
    {
        var l = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var width = System.Numerics.Vector<float>.Count;
            for (; l <= row.Length - width; l += width)
            {
                (new System.Numerics.Vector<float>(scores[l..]) + new System.Numerics.Vector<float>(row[l..])).CopyTo(scores[l..]);
            }
        }

        for (; l < row.Length; l++)
        {
            scores[l] += row[l];
        }
    }

    private static int Home(int hash, int mask) => (int)((uint)(hash * -1640531535) >> 7) & mask;

    private int RowOf(int hash)
    {
        var i = Home(hash, _mask);
        while (true)
        {
            var slot = _slots[i];
            if (slot == 0)
            {
                return -1;
            }

            if ((int)(slot >> 32) == hash)
            {
                return (int)(uint)slot - 1;
            }

            i = (i + 1) & _mask;
        }
    }
}
