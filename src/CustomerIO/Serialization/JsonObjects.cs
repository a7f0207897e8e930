namespace CustomerIO.Serialization;

/// <summary>Byte-level helpers for compact JSON objects written by System.Text.Json.</summary>
internal static class JsonObjects
{
    /// <summary>
    /// Joins the properties of two compact JSON objects into one (<c>{"a":1}</c> + <c>{"b":2}</c> = <c>{"a":1,"b":2}</c>),
    /// without parsing either. The caller ensures no name appears in both.
    /// </summary>
    public static byte[] Concat(byte[] first, byte[] second)
    {
        if (IsEmpty(first))
        {
            return second;
        }

        if (IsEmpty(second))
        {
            return first;
        }

        var result = new byte[first.Length + second.Length - 1];
        Buffer.BlockCopy(first, 0, result, 0, first.Length - 1);
        result[first.Length - 1] = (byte)',';
        Buffer.BlockCopy(second, 1, result, first.Length, second.Length - 1);
        return result;
    }

    private static bool IsEmpty(byte[] json) => json.Length == 2;
}
