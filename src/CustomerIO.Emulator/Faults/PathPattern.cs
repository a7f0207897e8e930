namespace CustomerIO.Emulator.Faults;

/// <summary>Matches paths against patterns where '*' stands for any characters (including '/').</summary>
internal static class PathPattern
{
    public static bool Matches(string pattern, ReadOnlySpan<char> path)
    {
        ReadOnlySpan<char> p = pattern;
        int pi = 0, si = 0, star = -1, mark = 0;
        while (si < path.Length)
        {
            if (pi < p.Length && p[pi] != '*' && char.ToLowerInvariant(p[pi]) == char.ToLowerInvariant(path[si]))
            {
                pi++;
                si++;
            }
            else if (pi < p.Length && p[pi] == '*')
            {
                star = pi++;
                mark = si;
            }
            else if (star >= 0)
            {
                pi = star + 1;
                si = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (pi < p.Length && p[pi] == '*')
        {
            pi++;
        }

        return pi == p.Length;
    }
}
