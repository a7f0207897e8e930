using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Hosting;

/// <summary>Checks an <c>Authorization</c> header against one expected credential in constant time.</summary>
internal sealed class ExpectedAuthorization
{
    private readonly string _scheme;
    private readonly string _token;

    private ExpectedAuthorization(string scheme, string token)
    {
        _scheme = scheme;
        _token = token;
    }

    /// <summary>HTTP Basic with <c>base64(user:password)</c>.</summary>
    public static ExpectedAuthorization Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));

    /// <summary>Bearer token (the App API's scheme).</summary>
    public static ExpectedAuthorization Bearer(string token) => new("Bearer", token);

    public bool Matches(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString().AsSpan().Trim();
        if (header.Length <= _scheme.Length || !header.StartsWith(_scheme, StringComparison.OrdinalIgnoreCase) || header[_scheme.Length] != ' ')
        {
            return false;
        }

        var token = header[(_scheme.Length + 1)..].Trim();
        return CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes(token), MemoryMarshal.AsBytes(_token.AsSpan()));
    }
}
