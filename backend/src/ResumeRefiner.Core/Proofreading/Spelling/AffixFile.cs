using System.Globalization;
using System.Text;

namespace ResumeRefiner.Core.Proofreading.Spelling;

/// <summary>How flags are written in a Hunspell dictionary (the aff file's FLAG directive).</summary>
internal enum FlagMode
{
    Char,
    Long,
    Num,
}

/// <summary>One PFX or SFX line: strip these characters, add those, when the condition holds.</summary>
internal sealed class AffixEntry(string strip, string append, AffixCondition condition, string continuation)
{
    public string Strip { get; } = strip;
    public string Append { get; } = append;
    public AffixCondition Condition { get; } = condition;

    /// <summary>Flags the affixed form carries on (twofold affixes); English dictionaries rarely use them.</summary>
    public string Continuation { get; } = continuation;
}

/// <summary>A named group of affix entries (one flag).</summary>
internal sealed class AffixClass(string flag, bool isPrefix, bool crossProduct)
{
    public string Flag { get; } = flag;
    public bool IsPrefix { get; } = isPrefix;
    public bool CrossProduct { get; } = crossProduct;
    public List<AffixEntry> Entries { get; } = [];
}

/// <summary>
/// The condition of an affix entry: a tiny regular-expression subset (literal, '.', [abc], [^abc])
/// matched at the end of the stem for suffixes and at its start for prefixes.
/// </summary>
internal sealed class AffixCondition
{
    private readonly (string Chars, bool Negated, bool Any)[] _parts;

    private AffixCondition((string, bool, bool)[] parts) => _parts = parts;

    public static readonly AffixCondition Always = new([]);

    public static AffixCondition Parse(string pattern)
    {
        if (pattern == "." || pattern.Length == 0)
        {
            return Always;
        }

        var parts = new List<(string, bool, bool)>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '.')
            {
                parts.Add(("", false, true));
            }
            else if (c == '[')
            {
                var end = pattern.IndexOf(']', i + 1);
                if (end < 0)
                {
                    end = pattern.Length;
                }

                var negated = i + 1 < pattern.Length && pattern[i + 1] == '^';
                var start = negated ? i + 2 : i + 1;
                parts.Add((pattern[start..Math.Min(end, pattern.Length)], negated, false));
                i = end;
            }
            else
            {
                parts.Add((c.ToString(), false, false));
            }
        }

        return new AffixCondition([.. parts]);
    }

    public int Length => _parts.Length;

    public bool MatchesEnd(ReadOnlySpan<char> word)
    {
        if (word.Length < _parts.Length)
        {
            return false;
        }

        var offset = word.Length - _parts.Length;
        for (var i = 0; i < _parts.Length; i++)
        {
            if (!Matches(_parts[i], word[offset + i]))
            {
                return false;
            }
        }

        return true;
    }

    public bool MatchesStart(ReadOnlySpan<char> word)
    {
        if (word.Length < _parts.Length)
        {
            return false;
        }

        for (var i = 0; i < _parts.Length; i++)
        {
            if (!Matches(_parts[i], word[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches((string Chars, bool Negated, bool Any) part, char c) =>
        part.Any || (part.Chars.Contains(c, StringComparison.Ordinal) != part.Negated);
}

/// <summary>The parts of a Hunspell .aff file that an English dictionary needs.</summary>
internal sealed class AffixFile
{
    private static readonly string[] AsciiFlags = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    public FlagMode FlagMode { get; private set; } = FlagMode.Char;
    public string TryChars { get; private set; } = "";
    public List<string> KeyRows { get; } = [];
    public List<(string From, string To)> Replacements { get; } = [];
    public List<(string From, string To)> InputConversions { get; } = [];
    public Dictionary<string, AffixClass> Prefixes { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, AffixClass> Suffixes { get; } = new(StringComparer.Ordinal);
    public List<string> CompoundRules { get; } = [];
    public string? NoSuggestFlag { get; private set; }
    public string? ForbiddenFlag { get; private set; }
    public string? KeepCaseFlag { get; private set; }
    public string? NeedAffixFlag { get; private set; }
    public string? OnlyInCompoundFlag { get; private set; }
    public int CompoundMin { get; private set; } = 3;

    public static AffixFile Parse(TextReader reader)
    {
        var aff = new AffixFile();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.TrimStart('\uFEFF');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 2)
            {
                continue;
            }

            switch (f[0])
            {
                case "FLAG":
                    aff.FlagMode = f[1] switch
                    {
                        "long" => FlagMode.Long,
                        "num" => FlagMode.Num,
                        _ => FlagMode.Char,
                    };
                    break;
                case "TRY":
                    aff.TryChars = f[1];
                    break;
                case "KEY":
                    aff.KeyRows.AddRange(f[1].Split('|'));
                    break;
                case "REP" when f.Length >= 3:
                    aff.Replacements.Add((f[1].Replace('_', ' '), f[2].Replace('_', ' ')));
                    break;
                case "ICONV" when f.Length >= 3:
                    aff.InputConversions.Add((f[1], f[2]));
                    break;
                case "NOSUGGEST":
                    aff.NoSuggestFlag = f[1];
                    break;
                case "FORBIDDENWORD":
                    aff.ForbiddenFlag = f[1];
                    break;
                case "KEEPCASE":
                    aff.KeepCaseFlag = f[1];
                    break;
                case "NEEDAFFIX":
                case "PSEUDOROOT":
                    aff.NeedAffixFlag = f[1];
                    break;
                case "ONLYINCOMPOUND":
                    aff.OnlyInCompoundFlag = f[1];
                    break;
                case "COMPOUNDMIN":
                    aff.CompoundMin = int.Parse(f[1], CultureInfo.InvariantCulture);
                    break;
                case "COMPOUNDRULE" when !int.TryParse(f[1], out _):
                    aff.CompoundRules.Add(f[1]);
                    break;
                case "PFX":
                case "SFX":
                    aff.ParseAffixLine(f);
                    break;
                default:
                    break;
            }
        }

        return aff;
    }

    private void ParseAffixLine(string[] f)
    {
        var isPrefix = f[0] == "PFX";
        var table = isPrefix ? Prefixes : Suffixes;
        if (f.Length == 4 && !table.ContainsKey(f[1]))
        {
            // Header: PFX flag cross_product count
            table[f[1]] = new AffixClass(f[1], isPrefix, f[2] == "Y");
            return;
        }

        if (f.Length < 4 || !table.TryGetValue(f[1], out var cls))
        {
            return;
        }

        var strip = f[2] == "0" ? "" : f[2];
        var appendField = f[3];
        var continuation = "";
        var slash = appendField.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            continuation = appendField[(slash + 1)..];
            appendField = appendField[..slash];
        }

        var append = appendField == "0" ? "" : appendField;
        var condition = AffixCondition.Parse(f.Length > 4 ? f[4] : ".");
        cls.Entries.Add(new AffixEntry(strip, append, condition, continuation));
    }

    /// <summary>Splits a flag field into individual flags according to FLAG.</summary>
    public IEnumerable<string> SplitFlags(string flags)
    {
        switch (FlagMode)
        {
            case FlagMode.Long:
                for (var i = 0; i + 1 < flags.Length; i += 2)
                {
                    yield return flags.Substring(i, 2);
                }

                break;
            case FlagMode.Num:
                foreach (var n in flags.Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return n;
                }

                break;
            default:
                for (var i = 0; i < flags.Length; i++)
                {
                    // One UTF-16 unit per flag, or a surrogate pair; ASCII flags come from a table.
                    if (char.IsHighSurrogate(flags[i]) && i + 1 < flags.Length)
                    {
                        yield return flags.Substring(i++, 2);
                    }
                    else
                    {
                        yield return flags[i] < 128 ? AsciiFlags[flags[i]] : flags[i].ToString();
                    }
                }

                break;
        }
    }

    public string ConvertInput(string word)
    {
        if (InputConversions.Count == 0)
        {
            return word;
        }

        var sb = new StringBuilder(word);
        foreach (var (from, to) in InputConversions)
        {
            sb.Replace(from, to);
        }

        return sb.ToString();
    }
}
