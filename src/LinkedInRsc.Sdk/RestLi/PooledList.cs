using System.Buffers;
using System.Runtime.CompilerServices;

namespace LinkedInRsc.RestLi;

/// <summary>
/// A growable list over an array rented from <see cref="ArrayPool{T}"/>: the decoders' scratch stacks (items and
/// fields of the lists and records being read, nested ones on top). Always <see cref="Dispose"/> it.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal struct PooledList<T>
{
    private T[] _items;
    private int _count;
    private int _highWater;

    /// <summary>Creates an empty list; nothing is rented before the first element is added.</summary>
    public PooledList()
    {
        _items = [];
        _count = 0;
        _highWater = 0;
    }

    /// <summary>How many elements the list holds.</summary>
    public readonly int Count => _count;

    /// <summary>The element at <paramref name="index"/>, by reference.</summary>
    public readonly ref T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return ref _items[index];
        }
    }

    /// <summary>Appends an element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _items[_count++] = item;
    }

    /// <summary>Appends a default element and returns it by reference, to be filled in place.</summary>
    public ref T Add()
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        ref T slot = ref _items[_count++];
        slot = default!;
        return ref slot;
    }

    /// <summary>The elements from <paramref name="start"/> to the end.</summary>
    public readonly Span<T> From(int start) => _items.AsSpan(start, _count - start);

    /// <summary>The elements from <paramref name="start"/> to the end, in a new array of exactly their number.</summary>
    public readonly T[] ToArray(int start)
    {
        // An element loop, not Span.CopyTo: for the few elements of a record, copying references in bulk goes through
        // a runtime call for the GC's card table that costs more than the copy.
        Span<T> items = From(start);
        var array = new T[items.Length];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = items[i];
        }

        return array;
    }

    /// <summary>Drops the elements from <paramref name="start"/> on (they are cleared when the array goes back to the pool).</summary>
    public void RemoveFrom(int start)
    {
        _highWater = Math.Max(_highWater, _count);
        _count = start;
    }

    /// <summary>Returns the array to the pool (also safe on a <see langword="default"/> list).</summary>
    public void Dispose()
    {
        T[]? items = _items;
        int used = Math.Max(_count, _highWater);
        _items = [];
        _count = 0;
        _highWater = 0;
        if (items is { Length: > 0 })
        {
            // Only the part ever used can hold references (RemoveFrom keeps them until here).
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            {
                items.AsSpan(0, used).Clear();
            }

            ArrayPool<T>.Shared.Return(items);
        }
    }

    private void Grow()
    {
        T[] larger = ArrayPool<T>.Shared.Rent(Math.Max(16, _items.Length * 2));
        _items.AsSpan(0, _count).CopyTo(larger);
        T[] old = _items;
        _items = larger;
        if (old.Length > 0)
        {
            ArrayPool<T>.Shared.Return(old, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
