namespace ResumeRefiner.Core.Proofreading.Spelling;

/// <summary>
/// The dictionary's surface forms in one compact hash table: every form's characters live in a
/// single pooled <c>char[]</c> and the table holds offsets, so loading 170,000 forms allocates a
/// handful of arrays instead of 170,000 strings (and gives the garbage collector nothing to
/// promote), and a look-up takes a span (no string needed for a generated candidate).
/// Root entries also keep their affix flags as the .dic file spells them. Not thread-safe while
/// loading; read-only and thread-safe afterwards.
/// </summary>
internal sealed class FormTable
{
    private char[] _chars;
    private int _charCount;

    // One struct per form, so that a probe touches one cache line for the entry.
    private Entry[] _entries;
    private int[] _buckets;
    private string?[]? _rootFlagCache;

    private struct Entry
    {
        public int Start;
        public int Length;
        public int Hash;
        public WordFlags Flags;

        // Root flags as the .dic spells them, in the character pool; length + 1, 0 = not a root.
        public int RootFlagStart;
        public int RootFlagLength;
    }

    public FormTable(int capacity)
    {
        capacity = Math.Max(16, capacity);
        _chars = new char[capacity * 10];
        _entries = new Entry[capacity];
        _buckets = new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2)];
    }

    public int Count { get; private set; }

    public WordFlags FlagsAt(int index) => _entries[index].Flags;

    public ReadOnlySpan<char> SpanAt(int index) => _chars.AsSpan(_entries[index].Start, _entries[index].Length);

    public string FormAt(int index) => new(_chars, _entries[index].Start, _entries[index].Length);

    /// <summary>Adds the form (if new) and ORs the flags into it; returns its index.</summary>
    public int Add(ReadOnlySpan<char> form, WordFlags flags)
    {
        var hash = Hash(form);
        var mask = _buckets.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            var entry = _buckets[slot] - 1;
            if (entry < 0)
            {
                break;
            }

            ref var e = ref _entries[entry];
            if (e.Hash == hash && _chars.AsSpan(e.Start, e.Length).SequenceEqual(form))
            {
                // As in Hunspell, a forbidden homonym forbids the form; a real form replaces a placeholder.
                e.Flags = (e.Flags & ~WordFlags.NotAForm) | flags;
                return entry;
            }

            slot = (slot + 1) & mask;
        }

        if (Count == _entries.Length)
        {
            Grow();
            return Add(form, flags);
        }

        var index = Count++;
        _entries[index] = new Entry { Start = Append(form), Length = form.Length, Hash = hash, Flags = flags };
        _buckets[slot] = index + 1;
        return index;
    }

    /// <summary>
    /// Adds a root that is not a word on its own (NEEDAFFIX, ONLYINCOMPOUND) so that its flags can
    /// be recorded; a later <see cref="Add"/> of the same form makes it a word.
    /// </summary>
    public int AddPlaceholder(ReadOnlySpan<char> form)
    {
        var before = Count;
        var index = Add(form, WordFlags.None);
        if (Count > before)
        {
            _entries[index].Flags = WordFlags.NotAForm;
        }

        return index;
    }

    /// <summary>Records the affix flags of a root (joined when a root appears on two lines).</summary>
    public void AddRootFlags(int index, ReadOnlySpan<char> flags)
    {
        // Lengths are stored plus one: 0 means "not a root".
        var had = _entries[index].RootFlagLength - 1;
        if (had > 0)
        {
            if (flags.Length == 0)
            {
                return;
            }

            var joined = string.Concat(_chars.AsSpan(_entries[index].RootFlagStart, had), flags);
            _entries[index].RootFlagStart = Append(joined);
            _entries[index].RootFlagLength = joined.Length + 1;
            return;
        }

        _entries[index].RootFlagStart = Append(flags);
        _entries[index].RootFlagLength = flags.Length + 1;
    }

    /// <summary>The .dic flags of a root, "" for a root without flags, null for a form that is not a root.</summary>
    public string? RootFlags(ReadOnlySpan<char> root)
    {
        var index = IndexOf(root);
        if (index < 0 || _entries[index].RootFlagLength == 0)
        {
            return null;
        }

        var length = _entries[index].RootFlagLength - 1;
        if (length == 0)
        {
            return "";
        }

        var cache = Volatile.Read(ref _rootFlagCache);
        if (cache is null)
        {
            Interlocked.CompareExchange(ref _rootFlagCache, new string?[_entries.Length], null);
            cache = _rootFlagCache!;
        }

        return cache[index] ??= new string(_chars, _entries[index].RootFlagStart, length);
    }

    public bool TryGetFlags(ReadOnlySpan<char> form, out WordFlags flags)
    {
        var index = IndexOf(form);
        flags = index >= 0 ? _entries[index].Flags : WordFlags.None;
        return index >= 0;
    }

    public int IndexOf(ReadOnlySpan<char> form)
    {
        var hash = Hash(form);
        var mask = _buckets.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            var entry = _buckets[slot] - 1;
            if (entry < 0)
            {
                return -1;
            }

            ref var e = ref _entries[entry];
            if (e.Hash == hash && _chars.AsSpan(e.Start, e.Length).SequenceEqual(form))
            {
                return entry;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Append(ReadOnlySpan<char> text)
    {
        if (_charCount + text.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + text.Length));
        }

        var start = _charCount;
        text.CopyTo(_chars.AsSpan(start));
        _charCount += text.Length;
        return start;
    }

    private void Grow()
    {
        var capacity = _entries.Length * 2;
        Array.Resize(ref _entries, capacity);
        _buckets = new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2)];
        var mask = _buckets.Length - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = _entries[i].Hash & mask;
            while (_buckets[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _buckets[slot] = i + 1;
        }
    }

    // FNV-1a over UTF-16 units with a final avalanche; non-negative so that it can be masked.
    private static int Hash(ReadOnlySpan<char> s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        h ^= h >> 15;
        h *= 0x2c1b3c6du;
        h ^= h >> 12;
        return (int)(h & 0x7fffffff);
    }
}
