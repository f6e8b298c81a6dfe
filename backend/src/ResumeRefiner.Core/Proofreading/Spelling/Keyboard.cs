namespace ResumeRefiner.Core.Proofreading.Spelling;

/// <summary>QWERTY neighbours: a slip of the finger lands on an adjacent key.</summary>
internal static class Keyboard
{
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    private static readonly Dictionary<char, (int Row, int Col)> Positions = BuildPositions();

    private static Dictionary<char, (int, int)> BuildPositions()
    {
        var map = new Dictionary<char, (int, int)>();
        for (var r = 0; r < Rows.Length; r++)
        {
            for (var c = 0; c < Rows[r].Length; c++)
            {
                map[Rows[r][c]] = (r, c);
            }
        }

        return map;
    }

    public static bool Adjacent(char a, char b)
    {
        if (!Positions.TryGetValue(a, out var pa) || !Positions.TryGetValue(b, out var pb))
        {
            return false;
        }

        // Rows are staggered by about half a key: the key below-left shares the column index.
        return (pa.Row == pb.Row && Math.Abs(pa.Col - pb.Col) == 1)
            || (pb.Row == pa.Row + 1 && (pb.Col == pa.Col || pb.Col == pa.Col - 1))
            || (pa.Row == pb.Row + 1 && (pa.Col == pb.Col || pa.Col == pb.Col - 1));
    }

    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
